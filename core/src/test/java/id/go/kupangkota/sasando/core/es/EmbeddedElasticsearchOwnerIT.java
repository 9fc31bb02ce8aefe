package id.go.kupangkota.sasando.core.es;

import id.go.kupangkota.sasando.core.testing.ElasticsearchExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node already answering on the port is used only when it is this home's: the test node of this JVM
 * (started by {@link ElasticsearchExtension} from its own home) stands for a node another Sasando home left
 * running on the default port.
 */
class EmbeddedElasticsearchOwnerIT {
    @TempDir
    Path dir;

    @Test
    void aNodeOfAnotherHomeOnThePortIsRefusedWithWhatToDo() {
        int port = URI.create(ElasticsearchExtension.url()).getPort();
        Path otherHome = dir.resolve("other-home/elasticsearch");
        EmbeddedElasticsearch es = new EmbeddedElasticsearch(dir.resolve("no.zip"), otherHome.resolve("dist"), otherHome,
                port, "64m", dir.resolve("console.log"));

        assertThat(es.runningDataPath()).get().asString().endsWith("/data").doesNotContain("other-home");
        assertThatThrownBy(() -> es.start(Duration.ofSeconds(5)))
                .hasMessageContaining("another Elasticsearch already answers at http://127.0.0.1:" + port)
                .hasMessageContaining(es.home().resolve("data").toString()) // the home, or where root's node moved it
                .hasMessageContaining("SASANDO_ES_PORT");
    }

    @Test
    void theHomesOwnNodeIsUsedAsItIs() {
        int port = URI.create(ElasticsearchExtension.url()).getPort();
        Path running = Path.of(new EmbeddedElasticsearch(dir.resolve("no.zip"), dir, dir, port, "64m")
                .runningDataPath().orElseThrow());
        Path home = running.getParent(); // the node's data folder is <home>/data
        EmbeddedElasticsearch es = new EmbeddedElasticsearch(dir.resolve("no.zip"), home.resolve("dist"), home, port,
                "64m", dir.resolve("console.log"));

        es.start(Duration.ofSeconds(5)); // answers already: nothing unpacked (there is no zip), no exception
        assertThat(es.healthy()).isTrue();
    }
}
