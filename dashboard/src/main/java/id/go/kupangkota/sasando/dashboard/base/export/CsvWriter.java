package id.go.kupangkota.sasando.dashboard.base.export;

import id.go.kupangkota.sasando.core.time.Wita;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read Indonesian text right).
 * A cell starting with {@code = + - @} is prefixed with an apostrophe: post text must not become a
 * formula in the analyst's spreadsheet. An {@link Instant} is written as WITA wall-clock time with its
 * offset ({@code 2024-07-10T08:00:00+08:00}): right for people, unambiguous for programs.
 */
public final class CsvWriter implements TableWriter {
    private final Writer out;

    public CsvWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write('\uFEFF');
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** An instant as ISO-8601 WITA time with its offset, e.g. {@code 2024-07-10T08:00:00+08:00}. */
    public static String wita(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Wita.at(instant).toOffsetDateTime());
    }

    static String escape(Object cell) {
        String s = cell == null ? "" : cell instanceof Instant i ? wita(i) : cell.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
