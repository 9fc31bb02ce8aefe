package id.go.kupangkota.sasando.ingest.source.file;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Streams CSV records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) with the
 * line each starts on. An unclosed quote must not swallow the rest of the file: when a quoted field
 * is still open after {@link #MAX_RECORD_LINES} lines or at the end of the file, only the record's
 * first line is reported as broken and reading resumes on the line after it. The same happens when
 * a record spanning several lines does not have the header's number of values: a stray quote, not
 * a line break inside a field, is the likelier story.
 */
final class CsvReader implements Closeable {
    static final int MAX_RECORD_LINES = 100;

    /** A record: its fields, or the error that made it unreadable; {@code text} is the input verbatim. */
    record Row(int line, List<String> fields, String text, String error) {
    }

    private record Line(int number, String text) {
    }

    private final BufferedReader in;
    private final Deque<Line> pushedBack = new ArrayDeque<>();
    private char delimiter;
    private int lineNumber;
    private int expectedFields;

    CsvReader(BufferedReader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Picks the delimiter from a header line when none was given: the most frequent of , ; and tab. */
    static char detect(String header) {
        char best = ',';
        long bestCount = 0;
        for (char c : new char[]{',', ';', '\t'}) {
            long n = header.chars().filter(ch -> ch == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    char delimiter() {
        return delimiter;
    }

    /** The header's number of columns, once known; multi-line records must have as many. */
    void expectFields(int count) {
        this.expectedFields = count;
    }

    /** The next record, or null at the end of the input. */
    Row next() throws IOException {
        Line first = readLine();
        while (first != null && first.text().isEmpty()) {
            first = readLine();
        }
        if (first == null) {
            return null;
        }
        if (delimiter == 0) {
            delimiter = detect(first.text());
        }
        List<Line> lines = new ArrayList<>();
        lines.add(first);
        StringBuilder text = new StringBuilder(first.text());
        while (true) {
            List<String> fields = parse(text);
            boolean suspicious = fields != null && lines.size() > 1 && expectedFields > 0
                    && fields.size() != expectedFields;
            if (fields != null && !suspicious) {
                return new Row(first.number(), fields, text.toString(), null);
            }
            Line more = fields == null && lines.size() < MAX_RECORD_LINES ? readLine() : null;
            if (more == null) {
                // give back everything after the broken line, newest first so the order is kept
                for (int i = lines.size() - 1; i >= 1; i--) {
                    pushedBack.push(lines.get(i));
                }
                return new Row(first.number(), null, first.text(),
                        "unclosed quote in the record starting at line " + first.number());
            }
            lines.add(more);
            text.append('\n').append(more.text());
        }
    }

    /** The fields of a complete record, or null while a quoted field is still open. */
    private List<String> parse(CharSequence s) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (true) {
            if (i < n && s.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = s.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                if (!closed) {
                    return null;
                }
                // lenient: text between a closing quote and the delimiter is kept
                while (i < n && s.charAt(i) != delimiter) {
                    field.append(s.charAt(i++));
                }
            } else {
                while (i < n && s.charAt(i) != delimiter) {
                    field.append(s.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                return fields;
            }
            i++; // the delimiter
        }
    }

    private Line readLine() throws IOException {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        lineNumber++;
        if (lineNumber == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1); // byte order mark of spreadsheet exports
        }
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        return new Line(lineNumber, text);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
