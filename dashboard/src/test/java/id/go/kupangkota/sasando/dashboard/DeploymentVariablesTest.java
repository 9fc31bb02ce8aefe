package id.go.kupangkota.sasando.dashboard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code SASANDO_*} variable the operator is told to set (README, {@code docker-compose.yml},
 * {@code .env.example}) is read by something: named in code or a script, or bound by Spring from a
 * {@code @ConfigurationProperties} record ({@code sasando.smtp.recipients} is {@code SASANDO_SMTP_RECIPIENTS}).
 * The report's recipients were once documented as {@code SASANDO_REPORT_RECIPIENTS}, which nothing
 * read: the report was never mailed, and only an info line said so.
 */
class DeploymentVariablesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern VARIABLE = Pattern.compile("SASANDO_[A-Z0-9_]*[A-Z0-9]");
    private static final Pattern PROPERTIES = Pattern.compile(
            "@ConfigurationProperties\\(\"([a-z.]+)\"\\)\\s*public record \\w+\\(([^{]*)\\)\\s*\\{", Pattern.DOTALL);
    private static final Pattern COMPONENT = Pattern.compile("(\\w+)\\s*(?:,|$)");

    @Test
    void everyDocumentedVariableIsReadBySomething() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String doc : new String[]{"README.md", "docker-compose.yml", ".env.example"}) {
            documented.addAll(variables(Files.readString(ROOT.resolve(doc))));
        }
        // README abbreviates a family as `SASANDO_SMTP_HOST`, `_PORT`, …: those are checked in the compose file
        assertThat(documented).contains("SASANDO_ES_URL", "SASANDO_SMTP_HOST", "SASANDO_SMTP_RECIPIENTS");

        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(DeploymentVariablesTest::isCodeOrScript).toList()) {
                String text = Files.readString(file);
                read.addAll(variables(text));
                read.addAll(bound(text));
            }
        }
        assertThat(read).as("variables read by code, scripts or Spring binding").containsAll(documented);
    }

    @Test
    void springBindsTheSmtpRecipientsFromTheirOwnVariable() throws IOException {
        Path smtp = ROOT.resolve("dashboard/src/main/java/id/go/kupangkota/sasando/dashboard/report/SmtpSettings.java");
        assertThat(bound(Files.readString(smtp))).contains("SASANDO_SMTP_HOST", "SASANDO_SMTP_RECIPIENTS")
                .doesNotContain("SASANDO_REPORT_RECIPIENTS");
    }

    private static Set<String> variables(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The variables Spring's relaxed binding reads for each {@code @ConfigurationProperties} record. */
    static Set<String> bound(String source) {
        Set<String> out = new TreeSet<>();
        Matcher m = PROPERTIES.matcher(source);
        while (m.find()) {
            String prefix = m.group(1).replace('.', '_').toUpperCase();
            // drop annotations with arguments, then take the last word before each comma: the name
            String components = m.group(2).replaceAll("@\\w+(\\([^)]*\\))?", " ");
            Matcher c = COMPONENT.matcher(components.strip());
            while (c.find()) {
                out.add(prefix + "_" + c.group(1).toUpperCase());
            }
        }
        return out;
    }

    private static boolean isCodeOrScript(Path p) {
        String s = p.toString();
        if (s.contains("/target/") || s.contains("/.git/") || s.contains("/node_modules/") || s.contains("/.sasando/")
                || !Files.isRegularFile(p)) {
            return false;
        }
        String name = p.getFileName().toString();
        return name.endsWith(".java") && s.contains("/src/main/") || name.equals("sasando") || name.endsWith(".sh")
                || name.equals("Dockerfile") || name.endsWith(".properties") && s.contains("/src/main/");
    }
}
