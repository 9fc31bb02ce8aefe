package id.go.kupangkota.sasando.text.dataset;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: quoted fields may hold separators, doubled quotes and line breaks
 * (Netifier's posts do). Enough for the labelled sets; no dependency needed for it.
 */
public final class Csv {
    private Csv() {
    }

    /** All records of {@code in}, header included, split on {@code separator}. */
    public static List<List<String>> read(Reader in, char separator) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        c = next;
                        // fall through to the unquoted handling of the char after the closing quote
                        if (handleUnquoted(c, separator, field, record, records)) {
                            record = new ArrayList<>();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (handleUnquoted(c, separator, field, record, records)) {
                record = new ArrayList<>();
            }
        }
        if (any && (!field.isEmpty() || !record.isEmpty())) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** Returns true when a record was completed. */
    private static boolean handleUnquoted(int c, char separator, StringBuilder field, List<String> record,
                                          List<List<String>> records) {
        if (c == separator) {
            record.add(field.toString());
            field.setLength(0);
        } else if (c == '\n') {
            record.add(field.toString());
            field.setLength(0);
            records.add(record);
            return true;
        } else if (c != '\r') {
            field.append((char) c);
        }
        return false;
    }
}
