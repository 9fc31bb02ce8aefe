package id.go.kupangkota.sasando.ingest.source.x;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.landing.DurableFiles;
import id.go.kupangkota.sasando.ingest.landing.PublishedLandingFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which X account a handle names, as the X source last saw it: the author id of each user in the pages it
 * fetched (authors, mentioned users) and of each watched account it looked up. The file source keys an
 * imported tweet whose row has a handle but no author id by this account ({@code x:<author id>}), so the
 * account is one author whichever way its posts came.
 *
 * <p>Kept in {@code <home>/ingest/state/x/handles.tsv}: one {@code <handle, lower case>\t<author id>} line
 * per handle first seen or seen naming another account, appended after the X source's commits. A handle can
 * change hands (an account renamed, the old handle taken by another): the line read last wins, so the
 * latest fetch decides. Handles and author ids are public on X; the author key stays a salted pseudonym. A
 * line lost in a crash costs only that join (the next fetch of the account writes it again). An installation
 * whose X source landed posts before this file existed learns them once from its landing zone ({@link #of}).
 * Not thread-safe: each source uses its own on one thread.
 */
public final class XHandles {
    private static final Logger log = LoggerFactory.getLogger(XHandles.class);
    /** File name under the X source's state directory. */
    public static final String FILE = "handles.tsv";
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9_]{1,15}");
    private static final Pattern AUTHOR_ID = Pattern.compile("[1-9][0-9]{0,18}");

    private final Path file;
    private final Map<String, String> known = new HashMap<>();
    private final Map<String, String> pending = new LinkedHashMap<>();
    /** Bytes of the file read so far: a refresh reads only what was appended since. */
    private long read;

    /** @param file the handles file, e.g. {@code IngestPaths.state("x").resolve(FILE)}; null: in memory only */
    public XHandles(Path file) {
        this.file = file;
        refresh();
    }

    /**
     * The handles of an installation: {@code <state>/handles.tsv}; when there is none yet but the X source has
     * landed posts ({@code xLanding}, from a release before this file), first the users of those posts, in
     * landing order (the order they were fetched in), written as the file.
     */
    public static XHandles of(Path file, Path xLanding) {
        if (!Files.exists(file) && Files.isDirectory(xLanding)) {
            XHandles learnt = new XHandles(null);
            try {
                long posts = 0;
                for (Path landed : PublishedLandingFiles.all(xLanding)) {
                    for (String line : Files.readAllLines(landed, StandardCharsets.UTF_8)) {
                        posts++;
                        learnt.seeUsers(line);
                    }
                }
                StringBuilder lines = new StringBuilder();
                learnt.pending.forEach((h, id) -> lines.append(h).append('\t').append(id).append('\n'));
                Files.createDirectories(file.toAbsolutePath().getParent());
                DurableFiles.writeAtomically(file, lines.toString().getBytes(StandardCharsets.UTF_8));
                log.info("learnt {} X handles from the {} posts the X source landed before {} existed",
                        learnt.pending.size(), posts, file);
            } catch (IOException | RuntimeException e) {
                // imports key these handles as before until the X source sees the accounts again
                log.warn("cannot learn the X handles from {}: {}", xLanding, e.toString());
            }
        }
        return new XHandles(file);
    }

    /** The users under {@code includes} of a landing record's raw X item. */
    private void seeUsers(String landingLine) {
        if (landingLine.isBlank()) {
            return;
        }
        try {
            JsonNode record = Json.MAPPER.readTree(landingLine);
            JsonNode raw = Json.MAPPER.readTree(record.path("raw").asText());
            for (JsonNode user : raw.path("includes").path("users")) {
                see(XMapper.text(user, "username"), XMapper.text(user, "id"));
            }
        } catch (IOException e) {
            // a record whose raw item is no JSON names no user
        }
    }

    /** The author id the handle (with or without {@code @}, any case) last named, or null when never seen. */
    public String authorId(String handle) {
        String h = normalize(handle);
        return h == null ? null : known.get(h);
    }

    /** Remembers that {@code handle} names {@code authorId} now; written at the next {@link #flush}. */
    public void see(String handle, String authorId) {
        String h = normalize(handle);
        if (h == null || authorId == null || !AUTHOR_ID.matcher(authorId).matches()) {
            return;
        }
        if (!authorId.equals(known.put(h, authorId))) {
            pending.put(h, authorId);
        }
    }

    /** Appends what was seen since the last flush. */
    public void flush() {
        if (file == null || pending.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        pending.forEach((h, id) -> lines.append(h).append('\t').append(id).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            pending.clear();
        } catch (IOException e) {
            // a later flush tries again; meanwhile imports key these handles as before
            log.warn("cannot write the X handles to {}: {}", file, e.toString());
        }
    }

    /** Reads what was appended since (by the X source in another process, or a poll since). */
    public void refresh() {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(Math.min(read, Files.size(file)));
            byte[] bytes = in.readAllBytes();
            int end = lastNewline(bytes);
            String text = new String(bytes, 0, end, StandardCharsets.UTF_8); // a torn last line waits
            read += end;
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    String h = line.substring(0, tab);
                    String id = line.substring(tab + 1).strip();
                    if (HANDLE.matcher(h).matches() && AUTHOR_ID.matcher(id).matches() && !pending.containsKey(h)) {
                        known.put(h, id); // what this process saw and has not written yet is newer
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the X handles " + file, e);
        }
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /** The handle as X compares it: without {@code @}, lower case; null when it is no X handle. */
    static String normalize(String handle) {
        if (handle == null) {
            return null;
        }
        String h = handle.strip();
        h = (h.startsWith("@") ? h.substring(1) : h).toLowerCase(Locale.ROOT);
        return HANDLE.matcher(h).matches() ? h : null;
    }
}
