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

    /**
     * Makes this run's rejects of {@code query} name {@code movedTo}, where its input is now: a dropped file
     * moved to {@code done/} or {@code failed/} after its rows were rejected, so a person who opens the record
     * finds the file. A location that starts with the input's file name ({@code export.jsonl:8}) gets the new
     * name, in case the move renamed it. The file is rewritten atomically (the old one stays whole until the
     * rename); rejects of earlier runs (an import stopped half-way and resumed) keep the old place.
     *
     * @return how many records now name {@code movedTo}
     */
    public long relocate(String query, String movedTo) {
        if (file == null || query == null || query.equals(movedTo)) {
            return 0;
        }
        String oldName = fileName(query) + ":";
        String newName = fileName(movedTo) + ":";
        try {
            close();
            out = null;
            StringBuilder rewritten = new StringBuilder();
            long moved = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Reject r = Json.MAPPER.readValue(line, Reject.class);
                if (query.equals(r.query())) {
                    String location = r.location() != null && r.location().startsWith(oldName)
                            ? newName + r.location().substring(oldName.length()) : r.location();
                    r = new Reject(r.at(), r.source(), movedTo, location, r.reason(), r.raw());
                    moved++;
                }
                rewritten.append(Json.MAPPER.writeValueAsString(r)).append('\n');
            }
            if (moved > 0) {
                DurableFiles.writeAtomically(file, rewritten.toString().getBytes(StandardCharsets.UTF_8));
            }
            stream = new FileOutputStream(file.toFile(), true);
            out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            return moved;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite rejects file " + file + " for " + movedTo, e);
        }
    }

    private static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
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
