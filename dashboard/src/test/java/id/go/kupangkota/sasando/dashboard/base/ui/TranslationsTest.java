package id.go.kupangkota.sasando.dashboard.base.ui;

import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.dashboard.audit.AuditAction;
import id.go.kupangkota.sasando.dashboard.search.SearchService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("vaadin-i18n/translations_en.properties"))
                .isEqualTo(keys("vaadin-i18n/translations.properties"));
    }

    /**
     * Every key the code names as a literal ("report.generate", or "error.denied" whose ".title" and
     * ".text" a page adds) is in both bundles: a typo or a key added to one file only would show as
     * {@code !key!}. A literal counts as a key when it starts with one of the bundles' first segments
     * ("report.", "admin."...); keys built from codes are checked by {@link #everyVocabularyCodeHasALabel}.
     */
    @Test
    void everyKeyTheCodeNamesIsInBothBundles() throws IOException {
        Set<String> indonesian = keys("vaadin-i18n/translations.properties");
        Set<String> english = keys("vaadin-i18n/translations_en.properties");
        Set<String> firstSegments = new TreeSet<>();
        indonesian.forEach(k -> firstSegments.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        Pattern literal = Pattern.compile("\"([a-z][a-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (firstSegments.contains(key.substring(0, key.indexOf('.')))) {
                        named.add(key);
                    }
                }
            }
        }
        assertThat(named).as("keys found in the code").hasSizeGreaterThan(300);
        for (Set<String> bundle : List.of(indonesian, english)) {
            assertThat(named).filteredOn(key -> !bundle.contains(key)
                            && bundle.stream().noneMatch(k -> k.startsWith(key + ".")))
                    .as(bundle == indonesian ? "missing in translations.properties" : "missing in translations_en")
                    .isEmpty();
        }
    }

    /** MessageFormat reads ' as a quote: "the week's {0}" loses its apostrophe and what follows it. */
    @Test
    void aMessageWithArgumentsHasNoLoneApostrophe() {
        for (Locale locale : Translations.LOCALES) {
            var bundle = Translations.bundle(locale);
            for (String key : bundle.keySet()) {
                String message = bundle.getString(key);
                if (message.matches("(?s).*\\{\\d.*")) {
                    assertThat(message.replace("''", "")).as(locale + " " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyVocabularyCodeHasALabel() throws IOException {
        Set<String> keys = keys("vaadin-i18n/translations.properties");
        Stream.of(prefixed("sentiment.", Vocabulary.SENTIMENTS), prefixed("emotion.", Vocabulary.EMOTIONS),
                        prefixed("risk.", Vocabulary.RISK_CATEGORIES), prefixed("topic.", Vocabulary.TOPICS),
                        prefixed("stance.", Vocabulary.STANCES), prefixed("triage.", Vocabulary.TRIAGE_STATUSES),
                        prefixed(Labels.SOURCE, Vocabulary.SOURCES),
                        prefixed("audit.action.", Arrays.stream(AuditAction.values()).map(Enum::name).toList()),
                        prefixed("sources.status.", List.of("ok", "partial", "failed")),
                        prefixed("export.post.", SearchService.COLUMNS))
                .flatMap(List::stream)
                .forEach(k -> assertThat(keys).as("label for " + k).contains(k));
    }

    @Test
    void englishEmotionsAreNamedAlikeAsNouns() {
        // "Happy" beside "Anger", "Sadness" and "Fear" read as a slip in the emotion filter and chart
        assertThat(Vocabulary.EMOTIONS.stream().map(e -> Labels.of("emotion.", e, Translations.ENGLISH)))
                .containsExactly("Anger", "Joy", "Sadness", "Fear", "Love", "No emotion");
    }

    /**
     * Every code ingest stores for a run's error is worded in both languages, each argument of the code used
     * and no placeholder beyond them (a "{2}" the code has no argument for would show as is).
     */
    @Test
    void everyRunErrorCodeIsWordedInBothLanguagesWithItsArguments() {
        for (Locale locale : Translations.LOCALES) {
            var bundle = Translations.bundle(locale);
            for (ErrorCode code : ErrorCode.values()) {
                String key = "sources.error." + code.code();
                assertThat(bundle.containsKey(key)).as(locale + " " + key).isTrue();
                Set<String> placeholders = new TreeSet<>();
                Matcher m = Pattern.compile("\\{(\\d+)").matcher(bundle.getString(key));
                while (m.find()) {
                    placeholders.add(m.group(1));
                }
                Set<String> expected = new TreeSet<>();
                for (int i = 0; i < code.args().size(); i++) {
                    expected.add(Integer.toString(i));
                }
                assertThat(placeholders).as(locale + " " + key + " uses " + code.args()).isEqualTo(expected);
            }
        }
    }

    /** Shown as is when it has no arguments: '' would show doubled. */
    @Test
    void aMessageWithoutArgumentsHasNoDoubledApostrophe() {
        for (Locale locale : Translations.LOCALES) {
            var bundle = Translations.bundle(locale);
            for (String key : bundle.keySet()) {
                String message = bundle.getString(key);
                if (!message.matches("(?s).*\\{\\d.*")) {
                    assertThat(message).as(locale + " " + key).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void indonesianIsTheDefaultEvenOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            Translations t = new Translations();
            assertThat(t.getTranslation("menu.overview", Translations.INDONESIAN)).isEqualTo("Ringkasan");
            assertThat(t.getTranslation("menu.overview", Locale.forLanguageTag("fr"))).isEqualTo("Ringkasan");
            assertThat(t.getTranslation("menu.overview", Locale.ENGLISH)).isEqualTo("Overview");
            assertThat(t.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
            assertThat(t.getTranslation("search.results", Translations.INDONESIAN, 3)).isEqualTo("3 hasil");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aCodeFromDataWithoutALabelShowsAsItselfNotAsAMissingKey() {
        assertThat(Labels.source("news")).isEqualTo("Portal berita (RSS)");
        assertThat(Labels.source("file")).isEqualTo("Impor berkas");
        assertThat(Labels.source("youtube")).isEqualTo("youtube");
        assertThat(Labels.source(null)).isEmpty();
    }

    private static List<String> prefixed(String prefix, List<String> codes) {
        return codes.stream().map(c -> prefix + c).toList();
    }
}
