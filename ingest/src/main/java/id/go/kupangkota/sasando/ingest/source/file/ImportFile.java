package id.go.kupangkota.sasando.ingest.source.file;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.Rejected;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * An export being read, entry by entry: each entry is either a {@link RawItem} (a JSONL line
 * verbatim, or a CSV row as a JSON object of column to value) or a {@link Rejected} (a CSV row that
 * cannot be read, verbatim). {@link #position()} counts entries, so a reader can be reopened and
 * skipped to where a checkpoint left it. Files ending in {@code .gz} are decompressed.
 */
final class ImportFile implements Closeable {
    enum Format { CSV, JSONL }

    /** One entry: exactly one of {@code item} and {@code rejected} is set. */
    record Entry(RawItem item, Rejected rejected) {
    }

    private final Path path;
    private final String label;
    private final Format format;
    private final BufferedReader in;
    private final CsvReader csv;
    private List<String> header;
    private int line;
    private long position;

    ImportFile(Path path, char delimiter) throws IOException {
        this.path = path;
        this.label = path.getFileName().toString();
        this.format = formatOf(path);
        if (format == null) {
            throw new IOException("unsupported file type " + label + " (expected .csv, .tsv, .jsonl, .ndjson or .json, optionally .gz)");
        }
        var stream = Files.newInputStream(path);
        var decoded = label.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(stream, 1 << 16) : stream;
        // malformed UTF-8 becomes U+FFFD instead of failing the whole file
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.in = new BufferedReader(new InputStreamReader(decoded, decoder), 1 << 16);
        this.csv = format == Format.CSV ? new CsvReader(in, label.contains(".tsv") ? '\t' : delimiter) : null;
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
            CsvReader.Row row = csv.next();
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
