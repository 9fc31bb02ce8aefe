package id.go.kupangkota.sasando.spark;

import id.go.kupangkota.sasando.core.config.SasandoSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
}
