package id.go.kupangkota.sasando.ingest.run;

import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.ingest.source.Cursor;
import id.go.kupangkota.sasando.ingest.source.Mapped;
import id.go.kupangkota.sasando.ingest.source.Mapper;
import id.go.kupangkota.sasando.ingest.source.MappingException;
import id.go.kupangkota.sasando.ingest.source.Page;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.Source;
import id.go.kupangkota.sasando.ingest.source.SourceContext;
import id.go.kupangkota.sasando.ingest.source.SourceException;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A test double of a source (never of Elasticsearch): serves numbered items {@code n} in pages, with
 * scripted failures before pages. The cursor is the next item number, like a real paging API.
 * Raw items are {@code "<n>|<text>"}; an empty text makes the mapper reject the item.
 */
final class ScriptedSource implements Source {
    private final String name;
    private final int total;
    private final int pageSize;
    private final Deque<SourceException> failures = new ArrayDeque<>();
    private final List<Integer> duplicateOf = new ArrayList<>();
    private boolean alwaysFail;
    private RuntimeException crash;
    final List<Cursor> cursorsSeen = new ArrayList<>();

    ScriptedSource(String name, int total, int pageSize) {
        this.name = name;
        this.total = total;
        this.pageSize = pageSize;
    }

    /** The next fetches throw these, in order, before serving pages again. */
    ScriptedSource failFirst(SourceException... errors) {
        failures.addAll(List.of(errors));
        return this;
    }

    /** The next fetch throws {@code bug}, as a source with a bug would. */
    ScriptedSource crashFirst(RuntimeException bug) {
        crash = bug;
        return this;
    }

    ScriptedSource failAlways() {
        alwaysFail = true;
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void configure(SourceContext context) {
    }

    @Override
    public List<SourceQuery> queries() {
        return List.of(SourceQuery.of("all", "everything"));
    }

    @Override
    public Page fetch(SourceQuery query, Cursor cursor) throws SourceException {
        cursorsSeen.add(cursor);
        if (alwaysFail) {
            throw SourceException.permanent(ErrorCode.X_UNAUTHORIZED, Map.of(), "credentials rejected");
        }
        if (crash != null) {
            RuntimeException bug = crash;
            crash = null;
            throw bug;
        }
        if (!failures.isEmpty()) {
            throw failures.poll();
        }
        int from = (int) cursor.getLong("next", 0);
        int to = Math.min(total, from + pageSize);
        List<RawItem> items = IntStream.range(from, to)
                .mapToObj(n -> new RawItem(n + "|" + (n % 97 == 13 ? "" : "post nomor " + n), "item " + n))
                .toList();
        return Page.of(items, cursor.with("next", to), to < total);
    }

    @Override
    public Mapper mapper() {
        return new Mapper() {
            @Override
            public String version() {
                return "scripted-1";
            }

            @Override
            public Mapped map(RawItem item, SourceQuery query) throws MappingException {
                String[] parts = item.raw().split("\\|", 2);
                if (parts[1].isEmpty()) {
                    throw new MappingException("missing text");
                }
                return new Mapped(Post.builder(name, parts[0]).text(parts[1])
                        .createdAt(Instant.parse("2024-07-11T02:00:00Z")).build(), List.of());
            }
        };
    }
}
