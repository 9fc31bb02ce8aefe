package id.go.kupangkota.sasando.ingest.landing;

import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.PostFields;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the posts of a landing file as the JSON bytes they were written with, without building a
 * tree or a {@code Post}, nor even tokenising the line: a small scanner finds each line's {@code post}
 * object, its byte range and its {@code id}, skipping the rest (the raw payload is most of a line)
 * by its quotes and brackets. Line ends and string ends are looked for eight bytes at a time
 * ({@link JsonBytes}). The bytes go to Elasticsearch as they are, so nothing is re-serialised
 * on the way; a document that is not valid JSON inside is refused by Elasticsearch and reported.
 *
 * <p>The file is read in chunks of {@value #CHUNK} bytes that are never reused: a post's bytes are a
 * slice of a chunk, safe to hand to a writer that keeps them until its bulk request is sent.
 */
public final class LandingPosts {
    // under half a G1 region, so chunks are ordinary young objects, not humongous ones
    private static final int CHUNK = 256 << 10;

    /** Receives one post: its id and the JSON object in {@code bytes[offset, offset + length)}. */
    @FunctionalInterface
    public interface Consumer {
        void accept(String id, byte[] bytes, int offset, int length) throws IOException;
    }

    private LandingPosts() {
    }

    /**
     * Passes every post of a landing file to {@code consumer}; returns how many. A line that is not a
     * landing record with a post and its id stops the read with the file and line number: a landing
     * file is written whole by ingest, so such a line means a damaged file that a person must look at.
     */
    public static long read(Path file, Consumer consumer) throws IOException {
        long posts = 0;
        long lineNumber = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[CHUNK];
            int start = 0;   // first byte of the current line
            int scanned = 0; // bytes searched for a line end
            int end = 0;     // bytes filled
            while (true) {
                int n = in.read(chunk, end, chunk.length - end);
                if (n < 0) {
                    if (end > start) {
                        posts += line(file, ++lineNumber, chunk, start, end - start, consumer);
                    }
                    return posts;
                }
                end += n;
                for (int nl = JsonBytes.newline(chunk, scanned, end); nl >= 0; nl = JsonBytes.newline(chunk, start, end)) {
                    lineNumber++;
                    if (nl > start) {
                        posts += line(file, lineNumber, chunk, start, nl - start, consumer);
                    }
                    start = nl + 1;
                }
                scanned = end;
                if (end == chunk.length) {
                    // the unfinished line moves to a fresh chunk: the old one may still be referenced
                    int rest = end - start;
                    byte[] next = new byte[Math.max(CHUNK, rest * 2)];
                    System.arraycopy(chunk, start, next, 0, rest);
                    chunk = next;
                    start = 0;
                    scanned = rest;
                    end = rest;
                }
            }
        }
    }

    private static int line(Path file, long lineNumber, byte[] bytes, int offset, int length, Consumer consumer)
            throws IOException {
        Scanner line = new Scanner(bytes, offset, offset + length);
        try {
            int start = line.objectStart(offset);
            int[] post = line.field(start, "post", true);
            if (post == null) {
                throw damaged(file, lineNumber, "no 'post'");
            }
            if (bytes[post[0]] != '{') {
                throw damaged(file, lineNumber, "'post' is not an object");
            }
            // the post's extent is known to be whole: its id (written first) ends the search
            int[] id = line.field(post[0], PostFields.ID, false);
            if (id == null || bytes[id[0]] != '"') {
                throw damaged(file, lineNumber, "the post has no " + PostFields.ID);
            }
            consumer.accept(line.string(id[0], id[1]), bytes, post[0], post[1] - post[0]);
            return 1;
        } catch (Scanner.Broken e) {
            throw damaged(file, lineNumber, "broken JSON: " + e.getMessage());
        }
    }

    /**
     * Just enough of a JSON reader to find a field of an object and the byte range of its value:
     * strings are skipped without decoding, nested values by counting brackets outside strings.
     * Much cheaper than tokenising the whole line, which is mostly the raw payload.
     */
    private static final class Scanner {
        private final byte[] b;
        private final int end;

        Scanner(byte[] bytes, int from, int to) {
            this.b = bytes;
            this.end = to;
        }

        static final class Broken extends Exception {
            Broken(String message) {
                super(message, null, false, false);
            }
        }

        /** The position of the {@code '{'} that starts the line. */
        int objectStart(int from) throws Broken {
            int i = skipSpace(from);
            if (i >= end || b[i] != '{') {
                throw new Broken("not a JSON object");
            }
            return i;
        }

        /**
         * {@code [start, end)} of the value of {@code name} in the object starting at {@code object}, or
         * null. With {@code toEnd} it reads the object to its end, so a line cut short is found even
         * after the field; without, it stops at the field.
         */
        int[] field(int object, String name, boolean toEnd) throws Broken {
            int[] found = null;
            int i = skipSpace(object + 1);
            if (i < end && b[i] == '}') {
                return null;
            }
            while (true) {
                if (i >= end || b[i] != '"') {
                    throw new Broken("expected a field name at byte " + i);
                }
                int keyEnd = stringEnd(i);
                boolean match = is(i + 1, keyEnd, name);
                i = skipSpace(keyEnd + 1);
                if (i >= end || b[i] != ':') {
                    throw new Broken("expected ':' at byte " + i);
                }
                int valueStart = skipSpace(i + 1);
                int valueEnd = valueEnd(valueStart);
                if (match && found == null) {
                    found = new int[]{valueStart, valueEnd};
                    if (!toEnd) {
                        return found;
                    }
                }
                i = skipSpace(valueEnd);
                if (i < end && b[i] == ',') {
                    i = skipSpace(i + 1);
                } else if (i < end && b[i] == '}') {
                    return found;
                } else {
                    throw new Broken("expected ',' or '}' at byte " + i);
                }
            }
        }

        /** The text of the string value in {@code [start, end)} (quotes included). */
        String string(int start, int stop) throws IOException {
            for (int i = start + 1; i < stop - 1; i++) {
                if (b[i] == '\\') { // escapes are rare in ids: let Jackson decode them
                    return Json.MAPPER.readValue(b, start, stop - start, String.class);
                }
            }
            return new String(b, start + 1, stop - start - 2, StandardCharsets.UTF_8);
        }

        private boolean is(int from, int to, String name) {
            if (to - from != name.length()) {
                return false;
            }
            for (int k = 0; k < name.length(); k++) {
                if (b[from + k] != name.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private int skipSpace(int i) {
            while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
                i++;
            }
            return i;
        }

        /** The position of the quote closing the string that opens at {@code i}. */
        private int stringEnd(int i) throws Broken {
            int j = JsonBytes.quoteOrBackslash(b, i + 1, end);
            while (j >= 0 && b[j] == '\\') { // skip the escaped character, whatever it is
                j = j + 2 <= end ? JsonBytes.quoteOrBackslash(b, j + 2, end) : -1;
            }
            if (j < 0) {
                throw new Broken("unterminated string at byte " + i);
            }
            return j;
        }

        /** The position just after the value that starts at {@code i}. */
        private int valueEnd(int i) throws Broken {
            if (i >= end) {
                throw new Broken("missing value");
            }
            byte c = b[i];
            if (c == '"') {
                return stringEnd(i) + 1;
            }
            if (c == '{' || c == '[') {
                int depth = 0;
                for (int j = i; j < end; j++) {
                    byte d = b[j];
                    if (d == '"') {
                        j = stringEnd(j);
                    } else if (d == '{' || d == '[') {
                        depth++;
                    } else if ((d == '}' || d == ']') && --depth == 0) {
                        return j + 1;
                    }
                }
                throw new Broken("unterminated " + (c == '{' ? "object" : "array") + " at byte " + i);
            }
            int j = i;
            while (j < end && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\n') {
                j++;
            }
            if (j == i) {
                throw new Broken("missing value at byte " + i);
            }
            return j;
        }
    }

    private static IOException damaged(Path file, long line, String what) {
        return new IOException("landing file " + file + " line " + line + ": " + what);
    }
}
