package id.go.kupangkota.sasando.ingest.source.file;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.Rejected;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An export being read, entry by entry: each entry is either a {@link RawItem} (a JSONL line
 * verbatim, an element of a file that is one JSON array ({@link JsonArrayRows}) verbatim, or a CSV row
 * as a JSON object of column to value) or a {@link Rejected} (a CSV row that cannot be read, verbatim). {@link #position()} counts entries, so a reader can be reopened and
 * skipped to where a checkpoint left it. Files ending in {@code .gz} are decompressed.
 */
final class ImportFile implements Closeable {
    enum Format { CSV, JSONL }

    /** One entry: exactly one of {@code item} and {@code rejected} is set. */
    record Entry(RawItem item, Rejected rejected) {
    }

    /** A file that is no export of this mapping as a whole: refused once, not row by row; it names itself. */
    static final class NotAnExportException extends IOException {
        private final ErrorCode code;
        private final Map<ErrorArg, String> args;

        NotAnExportException(ErrorCode code, Map<ErrorArg, String> args, String message) {
            super(message);
            this.code = code;
            this.args = Map.copyOf(args);
        }

        ErrorCode code() {
            return code;
        }

        Map<ErrorArg, String> args() {
            return args;
        }
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Characters looked at to tell text from binary. */
    private static final int SNIFF = 8192;

    private final Path path;
    private final String label;
    private final Format format;
    private final Charset charset;
    /** For a .gz file: notes whether it ended before its end (a broken download), so the rows before are read. */
    private final CutShort cutShort;
    private final BufferedReader in;
    private final CsvReader csv;
    private List<String> header;
    private CsvReader.Row brokenHeader;
    /** For JSONL: whether the start was looked at, and the rows of a file that is one JSON array instead. */
    private boolean sniffed;
    private JsonArrayRows array;
    /** An entry read ahead (an array's first element, read for its columns), given by the next {@link #next()}. */
    private Entry pending;
    private int line;
    private long position;

    ImportFile(Path path, char delimiter) throws IOException {
        this.path = path;
        this.label = path.getFileName().toString();
        this.format = formatOf(path);
        if (format == null) {
            throw new NotAnExportException(ErrorCode.FILE_UNSUPPORTED_TYPE, Map.of(ErrorArg.FILE, label),
                    "unsupported file type " + label
                            + " (expected .csv, .tsv, .jsonl, .ndjson or .json, optionally .gz)");
        }
        this.charset = charsetOf(path);
        // malformed input becomes U+FFFD instead of failing the whole file
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        InputStream bytes = open(path);
        this.cutShort = bytes instanceof GZIPInputStream ? new CutShort(bytes) : null;
        this.in = new BufferedReader(new InputStreamReader(cutShort == null ? bytes : cutShort, decoder), 1 << 16);
        this.csv = format == Format.CSV ? new CsvReader(in, label.contains(".tsv") ? '\t' : delimiter) : null;
    }

    private static InputStream open(Path path) throws IOException {
        InputStream stream = Files.newInputStream(path);
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(stream, 1 << 16) : stream;
    }

    /**
     * UTF-16 when the file starts with its byte order mark; else UTF-8, unless the file's first byte
     * beyond ASCII starts no UTF-8 sequence: then it is an export of
     * Excel or another Windows tool in the ANSI code page, Windows-1252 (a superset of Latin-1), whose
     * é, ’ and “ ” would all become U+FFFD as UTF-8. A UTF-8 file with a stray byte later stays UTF-8
     * (the byte is replaced and the row warned about); a pure ASCII file is read to its end.
     */
    static Charset charsetOf(Path path) throws IOException {
        try (InputStream in = open(path)) {
            byte[] buffer = new byte[1 << 16];
            int first = in.readNBytes(buffer, 0, 2);
            if (first == 2 && (buffer[0] == (byte) 0xFF && buffer[1] == (byte) 0xFE
                    || buffer[0] == (byte) 0xFE && buffer[1] == (byte) 0xFF)) {
                return StandardCharsets.UTF_16; // Excel's "Unicode Text": its byte order mark says the order
            }
            int continuations = 0; // of the sequence begun, still to come
            for (int n = first; n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (continuations > 0) {
                        if (b < 0x80 || b > 0xBF) {
                            return WINDOWS_1252;
                        }
                        if (--continuations == 0) {
                            return StandardCharsets.UTF_8; // one whole sequence beyond ASCII
                        }
                    } else if (b >= 0xC2 && b <= 0xDF) {
                        continuations = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        continuations = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        continuations = 3;
                    } else if (b >= 0x80) {
                        return WINDOWS_1252;
                    }
                }
            }
            return continuations > 0 ? WINDOWS_1252 : StandardCharsets.UTF_8;
        } catch (IOException e) {
            return StandardCharsets.UTF_8; // a broken .gz: reading the rows says so
        }
    }

    Charset charset() {
        return charset;
    }

    /** Why a .gz file ended early, once {@link #next()} has returned null; null when it ended whole. */
    IOException cutShort() {
        return cutShort == null ? null : cutShort.cause;
    }

    /**
     * Ends the stream at a truncation instead of failing: the decompressed bytes before it are in the
     * reader's buffers, and failing would lose them (and every row of a file shorter than a buffer).
     */
    private static final class CutShort extends FilterInputStream {
        private EOFException cause;

        CutShort(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (cause != null) {
                return -1;
            }
            try {
                return super.read(b, off, len);
            } catch (EOFException e) {
                cause = e;
                return -1;
            }
        }
    }

    /** The format a file name says, or null when it is not an export Sasando reads. */
    static Format formatOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return Format.CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return Format.JSONL;
        }
        return null;
    }

    Path path() {
        return path;
    }

    long position() {
        return position;
    }

    /**
     * Refuses the file as a whole when it is not text, or when its columns (the CSV header, or the
     * keys of the first JSONL row) lack a column the mapping requires (text, created_at): every row
     * would be rejected for the same reason, and the reason is the file or the mapping, not the rows.
     * Reads only the header (CSV) or nothing (JSONL, whose start is peeked); call before the first
     * {@link #next()}.
     *
     * @param others mappings that would fit, named in the message (may be empty)
     */
    void requireColumns(ColumnMapping mapping, java.util.function.Function<List<String>, List<String>> others)
            throws IOException {
        in.mark(SNIFF + 1);
        char[] start = new char[SNIFF];
        int n = in.read(start, 0, SNIFF);
        in.reset();
        if (n > 0 && !looksLikeText(start, n)) {
            throw new NotAnExportException(ErrorCode.FILE_NOT_TEXT, Map.of(ErrorArg.FILE, label),
                    label + " is not a text file (binary content; expected CSV or JSON Lines)");
        }
        List<String> columns = format == Format.CSV ? csvHeader()
                : isArray() ? firstElementKeys() : firstKeys(new String(start, 0, Math.max(n, 0)));
        if (columns == null || mapping.fits(columns)) {
            return; // fits; or empty, or a first line that does not parse (rejected as such)
        }
        List<String> required = mapping.requiredColumns();
        List<String> fitting = others.apply(columns);
        throw new NotAnExportException(ErrorCode.FILE_MAPPING_MISMATCH,
                Map.of(ErrorArg.FILE, label, ErrorArg.MAPPING, mapping.name()),
                label + " does not fit the mapping '" + mapping.name() + "': it needs the columns "
                + required + ", the file has " + abbreviate(columns) + ". "
                + (fitting.isEmpty() ? "Name a mapping that fits with --mapping <name or mapping file>"
                        : "The mapping " + String.join(" or ", fitting) + " fits: use --mapping " + fitting.get(0))
                + " (presets: " + String.join(", ", ColumnMapping.presets()) + ").");
    }

    /** The CSV header, read for good; null when there is none or it does not parse. */
    private List<String> csvHeader() throws IOException {
        CsvReader.Row row = csv.next();
        if (row == null) {
            return null;
        }
        if (row.error() != null) {
            brokenHeader = row; // rejected as the header by the first next()
            return null;
        }
        header = row.fields().stream().map(String::strip).toList();
        csv.expectFields(header.size());
        return header;
    }

    /** The keys of a JSON array's first element, read ahead; null when it is no object. */
    private List<String> firstElementKeys() throws IOException {
        pending = array.next();
        if (pending == null || pending.item() == null) {
            return null;
        }
        return keys(pending.item().raw());
    }

    /**
     * Whether a JSON file is one array rather than JSON Lines: its first character (after a byte order
     * mark and white space) is {@code [}. Then its elements are read from there on.
     */
    private boolean isArray() throws IOException {
        if (!sniffed) {
            sniffed = true;
            int c;
            do {
                in.mark(1);
                c = in.read();
            } while (c == '\uFEFF' || (c >= 0 && Character.isWhitespace(c)));
            in.reset();
            if (c == '[') {
                array = new JsonArrayRows(in, label);
            }
        }
        return array != null;
    }

    private static List<String> keys(String json) {
        try {
            var node = Json.MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                return null;
            }
            List<String> keys = new java.util.ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            return keys;
        } catch (IOException e) {
            return null; // a broken element (or first line) is its own reject
        }
    }

    /** The keys of the first JSONL object, when its line is within the peeked start. */
    private static List<String> firstKeys(String start) {
        String first = (start.startsWith("\uFEFF") ? start.substring(1) : start).strip();
        int end = first.indexOf('\n');
        if (first.isEmpty() || end < 0 && start.length() >= SNIFF) {
            return null; // a first line longer than the peek is left to the rows
        }
        return keys(end < 0 ? first : first.substring(0, end)); // a broken first line is that line's reject
    }

    /** Text has no NUL and few control characters or bytes that were not UTF-8. */
    private static boolean looksLikeText(char[] chars, int n) {
        int odd = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c == 0) {
                return false;
            }
            if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                odd++;
            }
        }
        return odd * 10 < n; // a Latin-1 é here and there is text, read with U+FFFD
    }

    private static String abbreviate(List<String> columns) {
        return columns.size() <= 20 ? columns.toString()
                : columns.subList(0, 20) + " and " + (columns.size() - 20) + " more";
    }

    /** The next entry, or null at the end of the file. */
    Entry next() throws IOException {
        Entry e = format == Format.CSV ? nextCsv() : nextJsonl();
        if (e != null) {
            position++;
        }
        return e;
    }

    /** Skips entries up to a position (to resume from a checkpoint). */
    void skipTo(long target) throws IOException {
        while (position < target && next() != null) {
            // skipping
        }
    }

    private Entry nextJsonl() throws IOException {
        if (pending != null) {
            Entry e = pending;
            pending = null;
            return e;
        }
        if (isArray()) {
            return array.next();
        }
        String text;
        do {
            text = in.readLine();
            line++;
            if (text == null) {
                return null;
            }
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        } while (text.isBlank());
        return new Entry(new RawItem(text, label + ":" + line), null);
    }

    private Entry nextCsv() throws IOException {
        while (header == null) {
            CsvReader.Row row = brokenHeader != null ? brokenHeader : csv.next();
            brokenHeader = null;
            if (row == null) {
                return null;
            }
            if (row.error() != null) {
                return new Entry(null, new Rejected(label + ":" + row.line(), row.text(), "header: " + row.error()));
            }
            header = row.fields().stream().map(String::strip).toList();
            csv.expectFields(header.size());
        }
        CsvReader.Row row = csv.next();
        if (row == null) {
            return null;
        }
        String location = label + ":" + row.line();
        if (row.error() != null) {
            return new Entry(null, new Rejected(location, row.text(), row.error()));
        }
        List<String> fields = row.fields();
        if (fields.size() != header.size()) {
            return new Entry(null, new Rejected(location, row.text(),
                    "row has " + fields.size() + " values but the header has " + header.size() + " columns"));
        }
        ObjectNode object = Json.MAPPER.createObjectNode();
        for (int i = 0; i < header.size(); i++) {
            object.put(header.get(i), fields.get(i));
        }
        return new Entry(new RawItem(object.toString(), location), null);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
