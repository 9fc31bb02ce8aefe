package id.go.kupangkota.sasando.ingest.landing;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.time.Wita;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps what could not be imported, verbatim, with the reason, so nothing is lost and a person can
 * fix and re-import it: {@code <rejects>/<source>/<WITA day>/rejects-<millis>-<uuid>.jsonl}, one
 * {@link Reject} per line. The file is created on the first reject and synced before the checkpoint
 * that passes the rejected input moves.
 */
public final class RejectsWriter implements AutoCloseable {
    private final Path dir;
    private final String source;
    private final Clock clock;
    private Path file;
    private FileOutputStream stream;
    private BufferedWriter out;
    private long count;

    /** One rejected input: where it was, why it was rejected, and the input as read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reject(Instant at, String source, String query, String location, String reason, String raw) {
    }

    public RejectsWriter(Path rejectsRoot, String source, Clock clock) {
        this.dir = rejectsRoot.resolve(source);
        this.source = source;
        this.clock = clock;
    }

    public void reject(String query, String location, String reason, String raw) {
        try {
            if (out == null) {
                Instant now = clock.instant();
                file = dir.resolve(Wita.dayKey(now)).resolve("rejects-" + now.toEpochMilli() + "-" + UUID.randomUUID() + ".jsonl");
                Files.createDirectories(file.getParent());
                stream = new FileOutputStream(file.toFile(), true);
                out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            }
            out.write(Json.MAPPER.writeValueAsString(new Reject(clock.instant(), source, query, location, reason, raw)));
            out.write('\n');
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + file, e);
        }
    }

    public long count() {
        return count;
    }

    /** The rejects file of this run, or null when nothing was rejected. */
    public Path file() {
        return file;
    }

    /** Makes the rejects written so far durable. */
    public void sync() {
        if (out == null) {
            return;
        }
        try {
            out.flush();
            stream.getFD().sync();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync rejects file " + file, e);
        }
    }

    @Override
    public void close() {
        if (out != null) {
            sync();
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
