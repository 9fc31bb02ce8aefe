package id.go.kupangkota.sasando.spark;

import id.go.kupangkota.sasando.core.config.SasandoSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ways to submit the pipeline that the repository gives (README.md's "Production", this module's
 * README "On a cluster", the Dockerfile's analytics image, docker-compose's analytics service) say what
 * {@link ClusterSubmitIT} runs: the -cluster jar alone, and arguments PipelineJob takes.
 */
class DeploymentRecipeTest {
    private static final Path ROOT = Path.of("..", "..");
    private static final Pattern CLUSTER_JAR = Pattern.compile("sasando-spark-\\S*-cluster\\.jar");

    @Test
    void composeStartsThePipelineWithArgumentsItTakes() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        String analytics = compose.substring(compose.indexOf("\n  analytics:"));
        Matcher command = Pattern.compile("\n    command: \\[(.*)]").matcher(analytics);
        assertThat(command.find()).isTrue();
        List<String> argv = new ArrayList<>();
        Matcher arg = Pattern.compile("\"([^\"]*)\"").matcher(command.group(1));
        while (arg.find()) {
            argv.add(arg.group(1));
        }
        PipelineJob.Args args = PipelineJob.Args.parse(argv.toArray(String[]::new),
                new SasandoSettings(Path.of("/data"), "http://elasticsearch:9200", "elastic", "x", "sasando-"));
        assertThat(args.every()).as("the analytics service is the daemon").isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theDockerfileAndBothReadmesSubmitTheClusterJarAlone() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        String image = dockerfile.substring(dockerfile.indexOf(" AS analytics"));
        assertThat(image).containsPattern("COPY --from=build /src/analytics/spark/target/sasando-spark-\\*-cluster\\.jar ")
                .contains("--class id.go.kupangkota.sasando.spark.PipelineJob /app/sasando-spark.jar")
                .doesNotContain("--jars").doesNotContain("/app/lib");
        for (Path readme : List.of(ROOT.resolve("README.md"), Path.of("README.md"))) {
            String text = Files.readString(readme);
            assertThat(text).as(readme.toString()).containsPattern(CLUSTER_JAR).contains("ClusterSubmitIT")
                    .doesNotContain("--jars").doesNotContain("-Pcluster");
        }
    }

    /** The services of docker-compose.yml, each block by its name (two-space indented keys under services:). */
    private static Map<String, String> services() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        String services = compose.substring(compose.indexOf("\nservices:\n"), compose.indexOf("\nvolumes:\n"));
        Map<String, String> out = new LinkedHashMap<>();
        Matcher name = Pattern.compile("\n  ([a-z-]+):\n").matcher(services);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (name.find()) {
            names.add(name.group(1));
            starts.add(name.start());
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < names.size() ? starts.get(i + 1) : services.length();
            out.put(names.get(i), services.substring(starts.get(i), end));
        }
        return out;
    }

    @Test
    void everyContainerWritingTheDataVolumeRunsAsTheUidDataInitGivesItAfterDataInit() throws IOException {
        Map<String, String> services = services();
        assertThat(services.get("data-init")).contains("entrypoint: [\"chown\", \"185:185\", \"/data\"]");
        List<String> writers = services.entrySet().stream()
                .filter(e -> e.getValue().contains("- sasando-data:/data") && !e.getKey().equals("data-init"))
                .map(Map.Entry::getKey).toList();
        assertThat(writers).containsExactlyInAnyOrder("dashboard", "ingest", "spark-worker", "analytics");
        for (String service : writers) {
            assertThat(services.get(service)).as(service)
                    .contains("data-init: {condition: service_completed_successfully}");
        }
        // Sasando's own images run as 185:185; the Spark images (worker, analytics) as their `spark` user, 185
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        Matcher user = Pattern.compile("useradd --system([^\\n&]*)").matcher(dockerfile);
        int users = 0;
        while (user.find()) {
            users++;
            assertThat(user.group(1)).contains("--uid 185").contains("--gid sasando");
        }
        assertThat(users).isEqualTo(2);
        assertThat(dockerfile).contains("groupadd --system --gid 185 sasando");
    }

    @Test
    void theWorkersExecutorsReachTheDriverByTheAnalyticsServicesName() throws IOException {
        assertThat(services().get("analytics")).contains("SPARK_DRIVER_HOST: analytics");
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile.substring(dockerfile.indexOf(" AS analytics")))
                .contains("${SPARK_DRIVER_HOST:+--conf spark.driver.host=$SPARK_DRIVER_HOST}");
    }
}
