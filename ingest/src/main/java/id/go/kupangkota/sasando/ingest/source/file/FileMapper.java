package id.go.kupangkota.sasando.ingest.source.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.ingest.LongHash;
import id.go.kupangkota.sasando.ingest.source.Mapped;
import id.go.kupangkota.sasando.ingest.source.Mapper;
import id.go.kupangkota.sasando.ingest.source.MappingException;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;
import id.go.kupangkota.sasando.ingest.source.x.XMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one row of an export (a JSON object, from a JSONL line or a CSV row) to a post through the
 * query's {@link ColumnMapping} (query attribute {@code mapping}).
 *
 * <p>The id: {@code file:h<hash of the row>} without an id column. With one, {@code file:<id>} when
 * the mapping says its ids are unique across exports (the presets: platform post ids, Sasando's
 * own). Otherwise the id column may be a row number the tool counts anew in every export, so day
 * 2's row 1 would replace day 1's; and the same post sits at another row in an overlapping export.
 * A row number says nothing about the post, so such an id is {@code file:p<hash of the identity>}:
 * what names a post whatever its metrics, its author, its creation time to the minute and its url
 * (when mapped), not the text (tools cut it differently) nor the counts. The same post in two
 * exports keeps its id and its newer counts replace the older; two posts share one only when an
 * author posted twice in one minute and the export has no url (the runner counts the second as a
 * duplicate). Every id goes to the {@link IdLedger}; an id that comes back with another identity
 * (a "unique" id that is not) is counted as a conflict, kept as {@code <id>-<identity>} so neither
 * post replaces the other, and reported as a warning. {@code reply_to}, {@code quote_of} and
 * {@code repost_of} name other rows' ids of the same export; with per-export ids they cannot (a row
 * number of the export, not a post's id), so they are left out and reported as unmapped. A row without text or with
 * an unreadable {@code created_at}
 * is rejected with the reason; a number that does not read is left out and its column reported as
 * unmapped (the raw row keeps it) and as a warning, and so is text whose bytes were not UTF-8
 * (replaced with U+FFFD when the file was read). Hashtags, mentions and links come from their columns, or from
 * the text when the export has no such column.
 *
 * <p>A row that is recognisably a post of X ({@link XPosts}: a status URL, or a platform saying X
 * with a tweet id) gets the X source's id {@code x:<tweet id>} (its {@code source} stays
 * {@code file}, see {@link Post.Builder#deliveredBy}), so a tweet both fetched from the X API and
 * imported is one post: counted once, and its copies are versions of one document. Which copy is
 * the post is decided when it is indexed: the X source's own copy (richer: author id, impressions)
 * always, whatever the fetch times; among imported copies, the latest import. The landing zone keeps
 * both raw records. Such an id never conflicts in the ledger (a tweet id names one tweet); it counts
 * as landed before when an earlier import landed it or the X source did ({@code landedByOthers}).
 * Its {@code reply_to}, {@code quote_of} and {@code repost_of} name tweets ({@code x:<id>}) when
 * they hold a tweet id or status URL. Its author is keyed as the X source keys it ({@link #authorKey}).
 */
public final class FileMapper implements Mapper {
    static final String SOURCE = "file";
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_])#([\\p{L}\\p{N}_]+)");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.])@([A-Za-z0-9_]{1,30})");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

    private final Map<String, ExportRow.Reader> readers = new ConcurrentHashMap<>();
    private final String defaultMapping;
    private final Function<String, String> pseudonyms;
    private final IdLedger ledger;
    /** Whether another source (X) has landed a post of this id; for the "landed before" count only. */
    private final Predicate<String> landedByOthers;
    /** X author id to {@code Post.authorKey} as the X source makes it, or null (tweets keyed by handle). */
    private final Function<String, String> xAuthorKeys;
    /** Handle to the X author id the X source last saw it name ({@code XHandles}), or null when unknown. */
    private final Function<String, String> xAccounts;
    /** By query key: the ids that came back with another identity in this run. */
    private final Map<String, Set<String>> conflicts = new ConcurrentHashMap<>();

    /** A mapper with the {@code sasando} preset and without author pseudonyms (before configuration). */
    public FileMapper() {
        this("sasando", null);
    }

    /**
     * @param defaultMapping mapping of queries that name none
     * @param pseudonyms     author handle to {@code Post.authorKey}, or null to leave the key empty
     */
    public FileMapper(String defaultMapping, Function<String, String> pseudonyms) {
        this(defaultMapping, pseudonyms, new IdLedger(null), id -> false, null, handle -> null);
    }

    FileMapper(String defaultMapping, Function<String, String> pseudonyms, IdLedger ledger,
               Predicate<String> landedByOthers, Function<String, String> xAuthorKeys,
               Function<String, String> xAccounts) {
        this.defaultMapping = defaultMapping;
        this.pseudonyms = pseudonyms;
        this.ledger = ledger;
        this.landedByOthers = landedByOthers;
        this.xAuthorKeys = xAuthorKeys;
        this.xAccounts = xAccounts;
    }

    IdLedger ledger() {
        return ledger;
    }

    /** How many ids of a query came back with another identity in this run. */
    int conflicts(String queryKey) {
        Set<String> ids = conflicts.get(queryKey);
        return ids == null ? 0 : ids.size();
    }

    void forgetConflicts() {
        conflicts.clear();
    }

    @Override
    public String version() {
        return "file-3"; // 2: X posts get the X source's ids; 3: and their authors the X source's keys
    }

    ColumnMapping mapping(String name) {
        return reader(name).mapping();
    }

    private ExportRow.Reader reader(String mapping) {
        return readers.computeIfAbsent(mapping == null ? defaultMapping : mapping,
                name -> new ExportRow.Reader(ColumnMapping.load(name)));
    }

    @Override
    public Mapped map(RawItem item, SourceQuery query) throws MappingException {
        ExportRow.Reader reader = reader(query.attribute(FileSource.MAPPING));
        ColumnMapping mapping = reader.mapping();
        ExportRow row = reader.read(item.raw());
        List<String> unmapped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        String text = value(row, PostFields.TEXT);
        if (text == null || text.isBlank()) {
            throw new MappingException("missing text (column '" + mapping.column(PostFields.TEXT) + "')");
        }
        String createdRaw = value(row, PostFields.CREATED_AT);
        if (createdRaw == null) {
            throw new MappingException("missing created_at (column '" + mapping.column(PostFields.CREATED_AT) + "')");
        }
        Instant created = mapping.dates().parse(createdRaw);
        if (created == null) {
            throw new MappingException("cannot read created_at '" + createdRaw + "' (column '"
                    + mapping.column(PostFields.CREATED_AT) + "'; formats tried: " + mapping.dates().formats() + ")");
        }
        String handle = strip(value(row, PostFields.AUTHOR_HANDLE), "@");
        String nativeId = value(row, PostFields.ID);
        String url = value(row, PostFields.URL);
        String platform = platform(row, mapping);
        String tweet = XPosts.of(platform, mapping.uniqueIds() ? nativeId : null, url);
        Post.Builder post;
        boolean landedBefore;
        if (tweet != null) {
            post = Post.builder(XMapper.SOURCE, tweet).deliveredBy(SOURCE);
            String id = Post.idOf(XMapper.SOURCE, tweet); // "x:…", apart from the import's own native ids
            long key = LongHash.hash(id);
            landedBefore = ledger.knows(key) || landedByOthers.test(id);
            ledger.claim(key, key); // a tweet id names one tweet: it is its own identity, never a conflict
        } else {
            if (XPosts.isX(platform)) {
                warnings.add("platform '" + platform + "' is X but the row has no tweet id (a numeric id column "
                        + "said unique) nor a status URL: imported apart from the X source's copy of the post");
            }
            OwnId own = ownId(item, query, mapping, nativeId, identity(handle, created, url), warnings);
            post = Post.builder(SOURCE, own.id());
            landedBefore = own.landedBefore();
        }
        boolean xRow = tweet != null;
        post.text(text)
                .createdAt(created)
                .title(value(row, PostFields.TITLE))
                .authorHandle(handle)
                .authorKey(authorKey(row, mapping, handle, xRow, unmapped, warnings))
                .authorName(value(row, PostFields.AUTHOR_NAME))
                .url(url)
                .lang(value(row, PostFields.LANG))
                .likeCount(number(row, mapping, PostFields.LIKE_COUNT, unmapped, warnings))
                .replyCount(number(row, mapping, PostFields.REPLY_COUNT, unmapped, warnings))
                .repostCount(number(row, mapping, PostFields.REPOST_COUNT, unmapped, warnings))
                .quoteCount(number(row, mapping, PostFields.QUOTE_COUNT, unmapped, warnings))
                .viewCount(number(row, mapping, PostFields.VIEW_COUNT, unmapped, warnings))
                .replyTo(reference(row, mapping, PostFields.REPLY_TO, xRow, unmapped))
                .quoteOf(reference(row, mapping, PostFields.QUOTE_OF, xRow, unmapped))
                .repostOf(reference(row, mapping, PostFields.REPOST_OF, xRow, unmapped))
                .hashtags(list(row, mapping, PostFields.HASHTAGS, text, HASHTAG, "#", "#"))
                .mentions(list(row, mapping, PostFields.MENTIONS, text, MENTION, "@", "@"))
                .links(list(row, mapping, PostFields.LINKS, text, LINK, "http", null));
        unmapped.addAll(row.unmapped());
        if (text.indexOf('\uFFFD') >= 0) {
            // the import reader replaced bytes that were not UTF-8 (ImportFile)
            unmapped.add("text (bytes that were not UTF-8, replaced with U+FFFD)");
            warnings.add("text had bytes that are not UTF-8: replaced with U+FFFD");
        }
        return new Mapped(post.build(), unmapped, warnings, landedBefore);
    }

    /**
     * The author's pseudonym. A tweet's author is keyed as the X source keys it, by the X user id
     * ({@code x:<author id>}): the row's {@value ColumnMapping#AUTHOR_ID} column, else the account the X
     * source last saw the handle name; so an account is one author however its posts came. Otherwise, and
     * for rows that are no tweets, by the handle (case aside) under the file source.
     */
    private String authorKey(ExportRow row, ColumnMapping mapping, String handle, boolean xRow, List<String> unmapped,
                             List<String> warnings) {
        if (xRow && xAuthorKeys != null) {
            String column = value(row, ColumnMapping.AUTHOR_ID);
            String authorId = XPosts.tweetId(column); // an X user id reads as a tweet id does: a positive 64-bit number
            if (column != null && authorId == null) {
                unmapped.add(mapping.column(ColumnMapping.AUTHOR_ID));
                warnings.add("column '" + mapping.column(ColumnMapping.AUTHOR_ID) + "' is not an X user id ("
                        + abbreviate(column) + "): author keyed by " + (handle == null ? "nothing" : "handle"));
            }
            if (authorId == null && handle != null) {
                authorId = xAccounts.apply(handle);
            }
            if (authorId != null) {
                return xAuthorKeys.apply(authorId);
            }
        }
        return handle == null || pseudonyms == null ? null
                : pseudonyms.apply(handle.toLowerCase(java.util.Locale.ROOT));
    }

    /** An id of the import's own ({@code file:<id>}) and whether an earlier import landed it. */
    private record OwnId(String id, boolean landedBefore) {
    }

    private OwnId ownId(RawItem item, SourceQuery query, ColumnMapping mapping, String nativeId, String identity,
                        List<String> warnings) {
        boolean hashed = nativeId == null || nativeId.isBlank();
        boolean derived = hashed || !mapping.uniqueIds(); // from the row itself: cannot name another post
        String id = hashed ? "h" + hash(item.raw()) : mapping.uniqueIds() ? nativeId.strip() : "p" + hash(identity);
        // known before its claim: an earlier run landed it (a repeat within this run is the runner's duplicate, and
        // so is a repeat of a row an interrupted run of this import landed). The ledger is written after each
        // commit (FileSource.committed): rows an interrupted run mapped after its last commit are not in it.
        boolean landedBefore = ledger.knows(LongHash.hash(id));
        long before = ledger.claim(LongHash.hash(id), LongHash.hash(identity));
        if (before != IdLedger.SAME) {
            String kept = derived ? id : id + "-" + hash(identity).substring(0, 8);
            conflicts.computeIfAbsent(query.key(), k -> ConcurrentHashMap.newKeySet()).add(id);
            warnings.add("id '" + id + "' was imported before for another post (another author or creation time)"
                    + (kept.equals(id) ? "" : ": kept as " + Post.idOf(SOURCE, kept) + " so neither replaces the other"
                    + "; if the export numbers its rows anew, say \"ids\": \"" + ColumnMapping.PER_EXPORT_IDS
                    + "\" in the mapping"));
            // kept under an id of its own: landed before only if this other post was, under that id
            landedBefore = !kept.equals(id) && ledger.knows(LongHash.hash(kept));
            id = kept;
            ledger.claim(LongHash.hash(id), LongHash.hash(identity));
        }
        return new OwnId(id, landedBefore);
    }

    /** The row's platform (its column, else the mapping's for every row), or null when the export says none. */
    private static String platform(ExportRow row, ColumnMapping mapping) {
        String v = value(row, ColumnMapping.PLATFORM);
        return v == null || v.isBlank() ? mapping.platform() : v.strip();
    }

    /** The text of a mapped column, or null when the export has no such column or it is empty. */
    private static String value(ExportRow row, String field) {
        Object v = row.get(field);
        if (v == null || ExportRow.isNull(v)) {
            return null;
        }
        String s = ExportRow.text(v);
        return s.isEmpty() ? null : s;
    }

    private static Long number(ExportRow row, ColumnMapping mapping, String field, List<String> unmapped,
                               List<String> warnings) {
        String column = mapping.column(field);
        String v = value(row, field);
        if (v == null) {
            return null;
        }
        String digits = countDigits(v);
        if (digits == null) {
            unmapped.add(column); // the raw row keeps the value a person can look at
            warnings.add("column '" + column + "' is not a count (" + abbreviate(v) + "): " + field + " left empty");
            return null;
        }
        return Long.parseLong(digits);
    }

    /**
     * The digits of a count written with thousands separators ("1.234", "1,234"), or null unless
     * that leaves 1 to 18 ASCII digits. A loop, not replace + regex: it runs for five columns per row.
     */
    static String countDigits(String value) {
        String v = value.strip();
        StringBuilder digits = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != '.' && c != ',') {
                return null;
            }
        }
        return digits.isEmpty() || digits.length() > 18 ? null : digits.toString();
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? "'" + value + "'" : "'" + value.substring(0, 40) + "…'";
    }

    private static List<String> list(ExportRow row, ColumnMapping mapping, String field,
                                     String text, Pattern fromText, String marker, String prefix) {
        Object v = row.get(field);
        List<String> out = new ArrayList<>();
        if (v != null) {
            if (v instanceof JsonNode node && node.isArray()) {
                node.forEach(e -> out.add(e.asText()));
            } else if (!ExportRow.isNull(v) && !ExportRow.asText(v).isBlank()) {
                String s = ExportRow.asText(v).strip();
                if (s.startsWith("[")) {
                    try {
                        Json.MAPPER.readTree(s).forEach(e -> out.add(e.asText()));
                    } catch (JsonProcessingException e) {
                        out.addAll(List.of(mapping.listSeparator().split(s)));
                    }
                } else {
                    out.addAll(List.of(mapping.listSeparator().split(s)));
                }
            }
        } else if (text.indexOf(marker) >= 0) {
            // every pattern starts with its marker: most texts have none, and then no regex runs
            Matcher m = fromText.matcher(text);
            while (m.find()) {
                out.add(m.groupCount() > 0 ? m.group(1) : m.group());
            }
        }
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String s : out) {
            String c = prefix == null ? s.strip() : strip(s.strip(), prefix);
            if (c != null && !c.isEmpty()) {
                clean.add(c);
            }
        }
        return clean.isEmpty() ? null : List.copyOf(clean);
    }

    /**
     * A reference column as a post id; with per-export ids it names a row, not a post: left out. An X
     * post's reference that is a status URL, or a tweet id with unique ids, names a tweet: {@code x:<id>}.
     */
    private static String reference(ExportRow row, ColumnMapping mapping, String field, boolean xRow,
                                    List<String> unmapped) {
        String nativeId = value(row, field);
        if (nativeId == null || nativeId.isBlank()) {
            return null;
        }
        String tweet = !xRow ? null : XPosts.statusId(nativeId) != null ? XPosts.statusId(nativeId)
                : mapping.uniqueIds() ? XPosts.tweetId(nativeId) : null;
        if (tweet != null) {
            return Post.idOf(XMapper.SOURCE, tweet);
        }
        if (!mapping.uniqueIds()) {
            unmapped.add(mapping.column(field));
            return null;
        }
        String id = nativeId.strip();
        return id.startsWith(SOURCE + ":") ? id : Post.idOf(SOURCE, id);
    }

    private static String strip(String s, String prefix) {
        return s != null && s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    /** What names a post whatever its metrics: author (case aside), creation time to the minute, url. */
    static String identity(String handle, Instant created, String url) {
        return (handle == null ? "" : handle.toLowerCase(java.util.Locale.ROOT)) + "\n"
                + created.truncatedTo(ChronoUnit.MINUTES) + "\n" + (url == null ? "" : url.strip());
    }

    static String hash(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
