package id.go.kupangkota.sasando.ingest.landing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.function.UnaryOperator;

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
    /** Where this run's rejects go, named when the writer is made (the day the run started), created at the first. */
    private final Path path;
    private Path file;
    private FileOutputStream stream;
    private BufferedWriter out;
    private long count;
    private long synced;

    /** One rejected input: where it was, why it was rejected, and the input as read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reject(Instant at, String source, String query, String location, String reason, String raw) {
    }

    public RejectsWriter(Path rejectsRoot, String source, Clock clock) {
        this.dir = rejectsRoot.resolve(source);
        this.source = source;
        this.clock = clock;
        Instant now = clock.instant();
        this.path = dir.resolve(Wita.dayKey(now))
                .resolve("rejects-" + now.toEpochMilli() + "-" + UUID.randomUUID() + ".jsonl");
    }

    public void reject(String query, String location, String reason, String raw) {
        try {
            if (out == null) {
                file = path;
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

    /** Where the rejects file of this run is, or will be at the first reject. */
    public Path path() {
        return path;
    }

    /** The rejects file of this run, or null when nothing was rejected. */
    public Path file() {
        return file;
    }

    /** The length of this run's rejects file at the last {@link #sync} (0 before). */
    public long synced() {
        return synced;
    }

    /** Makes the rejects written so far durable. */
    public void sync() {
        if (out == null) {
            return;
        }
        try {
            out.flush();
            stream.getFD().sync();
            synced = stream.getChannel().size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync rejects file " + file, e);
        }
    }

    /**
     * Makes this run's rejects of {@code query} name {@code movedTo}, where its input is now: a dropped file
     * moved to {@code done/} or {@code failed/} after its rows were rejected, so a person who opens the record
     * finds the file. A location that starts with the input's file name ({@code export.jsonl:8}) gets the new
     * name, in case the move renamed it. The file is rewritten atomically (the old one stays whole until the
     * rename). The runner does the same in the rejects files of earlier runs of an import that was stopped
     * half-way and resumed ({@link #relocate(Path, String, String)}).
     *
     * @return how many records now name {@code movedTo}
     */
    public long relocate(String query, String movedTo) {
        if (file == null || query == null || query.equals(movedTo)) {
            return 0;
        }
        try {
            close();
            out = null;
            long moved = relocate(file, query, movedTo);
            stream = new FileOutputStream(file.toFile(), true);
            out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            synced = stream.getChannel().size();
            return moved;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite rejects file " + file + " for " + movedTo, e);
        }
    }

    /**
     * {@link #relocate(String, String)} in a rejects file of an earlier run, which no writer holds open: the
     * rejects of an import that was interrupted and resumed, so they name the file where a fresh import's do.
     */
    public static long relocate(Path rejectsFile, String query, String movedTo) throws IOException {
        if (query == null || query.equals(movedTo) || !Files.exists(rejectsFile)) {
            return 0;
        }
        String oldName = fileName(query) + ":";
        String newName = fileName(movedTo) + ":";
        return rewrite(rejectsFile, 0, r -> {
            if (!query.equals(r.query())) {
                return r;
            }
            String location = r.location() != null && r.location().startsWith(oldName)
                    ? newName + r.location().substring(oldName.length()) : r.location();
            return new Reject(r.at(), r.source(), movedTo, location, r.reason(), r.raw());
        }, false);
    }

    /**
     * Removes from a rejects file of an interrupted run the records of {@code query} that lie after
     * {@code committed} bytes: rows rejected after the run's last checkpoint, which the resuming run reads,
     * and rejects, again. Without this the rejects would hold them twice.
     *
     * @return how many records were removed
     */
    public static long forgetUncommitted(Path rejectsFile, String query, long committed) throws IOException {
        if (!Files.exists(rejectsFile) || Files.size(rejectsFile) <= committed) {
            return 0;
        }
        // a line that is no record here is one the kill tore (the writer's buffer goes out in 8 KiB pieces),
        // also when the run was killed before its first checkpoint (committed 0): the row is read again
        return rewrite(rejectsFile, committed, r -> query.equals(r.query()) ? null : r, true);
    }

    /**
     * Rewrites the records from byte {@code from} on (atomically), each as {@code change} returns it (null:
     * dropped); a line that is no record is dropped when {@code dropTorn}, else kept as it is. Returns how many
     * were changed or dropped.
     */
    private static long rewrite(Path rejectsFile, long from, UnaryOperator<Reject> change, boolean dropTorn)
            throws IOException {
        byte[] all = Files.readAllBytes(rejectsFile);
        StringBuilder rewritten = new StringBuilder(new String(all, 0, (int) Math.min(from, all.length),
                StandardCharsets.UTF_8));
        long changed = 0;
        int start = (int) Math.min(from, all.length);
        String rest = new String(all, start, all.length - start, StandardCharsets.UTF_8);
        for (String line : rest.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Reject r;
            try {
                r = Json.MAPPER.readValue(line, Reject.class);
            } catch (JsonProcessingException torn) {
                if (dropTorn) {
                    changed++; // after the checkpoint: a record a killed run had half written
                } else {
                    rewritten.append(line).append('\n');
                }
                continue;
            }
            Reject now = change.apply(r);
            if (now == null) {
                changed++;
                continue;
            }
            if (!now.equals(r)) {
                changed++;
            }
            rewritten.append(Json.MAPPER.writeValueAsString(now)).append('\n');
        }
        if (changed > 0) {
            DurableFiles.writeAtomically(rejectsFile, rewritten.toString().getBytes(StandardCharsets.UTF_8));
        }
        return changed;
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
