package id.go.kupangkota.sasando.ingest.source.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.Rejected;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The elements of an export that is one JSON array of objects instead of JSON Lines (what many
 * scraping tools write as {@code .json}, pretty-printed or on one line), one entry each, streamed: an
 * element's text is kept verbatim, located at the line it starts on. An element that is no object is
 * rejected alone; broken JSON (a download cut short) ends the array: the elements before it are
 * read, and the broken element with everything after it is one reject, verbatim.
 */
final class JsonArrayRows {
    private final String label;
    private final Recording source;
    private final JsonParser parser;
    private boolean started;
    private boolean ended;

    /** @param in positioned at the array's {@code [} (after any byte order mark) */
    JsonArrayRows(Reader in, String label) throws IOException {
        this.label = label;
        this.source = new Recording(in);
        this.parser = Json.MAPPER.getFactory().createParser(source);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE); // the rest after a break is read from it; ImportFile closes it
    }

    /** The next element, or null after the array. */
    ImportFile.Entry next() throws IOException {
        if (ended) {
            return null;
        }
        long after = parser.currentLocation().getCharOffset(); // the end of the element before
        try {
            JsonToken token = parser.nextToken();
            if (!started) {
                started = true;
                after = parser.currentLocation().getCharOffset();
                token = parser.nextToken(); // the caller saw the '['
            }
            if (token == JsonToken.END_ARRAY) {
                ended = true;
                JsonToken more = parser.nextToken();
                return more == null ? null : rest(after, parser.currentTokenLocation(), "content after the JSON array");
            }
            if (token == null) {
                ended = true;
                return rest(after, parser.currentLocation(), "the JSON array is not closed (the file is cut short?)");
            }
            JsonLocation start = parser.currentTokenLocation();
            source.forgetBefore(start.getCharOffset());
            parser.skipChildren();
            parser.finishToken(); // a string is read lazily: its end is known only once read
            String raw = source.text(start.getCharOffset(), parser.currentLocation().getCharOffset());
            String location = label + ":" + start.getLineNr();
            if (token != JsonToken.START_OBJECT) {
                return new ImportFile.Entry(null, new Rejected(location, raw,
                        "expected a JSON object per element of the array, found " + token.asString()));
            }
            return new ImportFile.Entry(new RawItem(raw, location), null);
        } catch (JsonProcessingException e) {
            ended = true;
            return rest(after, e.getLocation(), "broken JSON: " + e.getOriginalMessage());
        }
    }

    /** Everything from the end of the last element read to the end of the file, as one reject. */
    private ImportFile.Entry rest(long from, JsonLocation where, String reason) throws IOException {
        source.forgetBefore(from);
        String text = source.recordedAndRest().replaceFirst("^[\\s,]+", "");
        int line = where == null ? -1 : where.getLineNr();
        return new ImportFile.Entry(null, new Rejected(label + ":" + line, text, reason
                + "; the elements before it were read, this text from line " + line + " to the end was not"));
    }

    /** Keeps what the parser read since the element being read began, so its text is kept as written. */
    private static final class Recording extends FilterReader {
        private final StringBuilder kept = new StringBuilder();
        private long keptFrom;

        Recording(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                kept.append(buffer, offset, n);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                kept.append((char) c);
            }
            return c;
        }

        void forgetBefore(long offset) {
            int drop = (int) Math.min(kept.length(), Math.max(0, offset - keptFrom));
            kept.delete(0, drop);
            keptFrom += drop;
        }

        String text(long from, long to) {
            return kept.substring((int) (from - keptFrom), (int) (to - keptFrom));
        }

        String recordedAndRest() throws IOException {
            char[] buffer = new char[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                kept.append(buffer, 0, n);
            }
            return kept.toString();
        }
    }
}
