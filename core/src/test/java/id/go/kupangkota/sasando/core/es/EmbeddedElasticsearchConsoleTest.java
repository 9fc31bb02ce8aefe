package id.go.kupangkota.sasando.core.es;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The node's console goes where the caller says (the launcher keeps it beside its other logs). The
 * distribution here is a zip whose {@code bin/elasticsearch} only prints a line and exits.
 */
class EmbeddedElasticsearchConsoleTest {
    @TempDir
    Path dir;

    @Test
    void theConsoleIsWrittenToTheFileGivenAndNamedWhenTheNodeDoesNotStart() throws IOException {
        // as root the node runs as another user, who must reach the folder (else the home moves away)
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path zip = dir.resolve("elasticsearch.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("elasticsearch-0/bin/elasticsearch"));
            out.write("#!/bin/sh\necho 'the node says why it stopped'\nexit 3\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path home = dir.resolve("home");
        Path console = dir.resolve("logs/elasticsearch.log");
        EmbeddedElasticsearch es = new EmbeddedElasticsearch(zip, home.resolve("dist"), home,
                EmbeddedElasticsearch.freePort(), "64m", console);

        assertThatThrownBy(() -> es.start(Duration.ofSeconds(30)))
                .hasMessageContaining("exited with 3").hasMessageContaining(console.toString());
        assertThat(console).content().contains("the node says why it stopped");
        assertThat(home.resolve("logs/console.log")).doesNotExist();
    }
}
