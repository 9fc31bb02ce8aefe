package id.go.kupangkota.sasando.text.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One commented data file from the classpath: its meaningful lines (without '#' comments and blank
 * lines) and its raw bytes, which {@link ResourceDigest} hashes into the pipeline version.
 *
 * @param path  the classpath location, e.g. {@code sasando/text/normalize/slang.txt}
 * @param lines the lines that carry data, trimmed, each with its 1-based line number kept for errors
 * @param bytes the file exactly as shipped
 */
public record DataFile(String path, List<Line> lines, byte[] bytes) {

    /** A data line and where it came from, so a malformed entry is reported with its position. */
    public record Line(int number, String text) {
        public IllegalStateException error(String path, String problem) {
            return new IllegalStateException(path + ":" + number + ": " + problem + ": '" + text + "'");
        }
    }

    /** Reads a required resource; a missing file is a packaging bug and fails loudly. */
    public static DataFile read(String path) {
        byte[] bytes = readBytes(path);
        String content = new String(bytes, StandardCharsets.UTF_8);
        List<Line> lines = new ArrayList<>();
        String[] raw = content.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i];
            int hash = text.indexOf('#');
            // '#' starts a comment only at the start or after whitespace: hashtags inside data stay data
            if (hash == 0 || (hash > 0 && Character.isWhitespace(text.charAt(hash - 1)))) {
                text = text.substring(0, hash);
            }
            text = text.strip();
            if (!text.isEmpty()) {
                lines.add(new Line(i + 1, text));
            }
        }
        return new DataFile(path, List.copyOf(lines), bytes);
    }

    /** Reads any resource (text or binary) as bytes. */
    public static byte[] readBytes(String path) {
        try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource on the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    /** Splits a data line into trimmed columns separated by {@code |} or a tab. */
    public static String[] columns(Line line) {
        String[] parts = line.text().split("\\s*[|\t]\\s*");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }
}
