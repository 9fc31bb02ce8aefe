package id.go.kupangkota.sasando.ingest.source;

import java.time.Instant;
import java.util.List;

/**
 * A place posts come from. Implementations only "get the items": they list what to collect
 * ({@link #queries()}) and fetch one page of raw payloads for a query from a cursor
 * ({@link #fetch}); {@link SourceRunner} pages, retries, waits, checkpoints and writes.
 *
 * <p>Discovered with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/id.go.kupangkota.sasando.ingest.source.Source}. It needs a public no-argument
 * constructor; {@link #configure} is called once, before anything else.
 */
public interface Source {

    /** Lower-case name: landing directory, id prefix ({@code name:nativeId}), settings key. */
    String name();

    /**
     * The user-facing description: {@code DESCRIPTION.md} next to the class on the classpath
     * (in {@code src/main/resources/<package path>/}), shown by the dashboard's sources page.
     */
    default String description() {
        try (var in = getClass().getResourceAsStream("DESCRIPTION.md")) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates this source's settings (typically {@code <Name>Settings.from(context.config())})
     * and keeps what it needs from the context.
     *
     * @throws InvalidSettingsException with a message naming the bad setting
     */
    void configure(SourceContext context);

    /** What to collect in this run (watchlist topics, feeds, files), each with a stable key. */
    List<SourceQuery> queries();

    /**
     * Fetches one page. The cursor is what the previous page returned as {@link Page#next()}, or the
     * query's last checkpoint ({@link Cursor#START} on the very first run). Must not write anything:
     * the runner writes the items and then stores {@code page.next()} as the checkpoint.
     *
     * @throws RateLimitedException when the source says to wait; the runner waits and asks again
     * @throws SourceException      retryable (network, 5xx) or not (bad credentials, 4xx)
     */
    Page fetch(SourceQuery query, Cursor cursor) throws SourceException;

    /** Maps this source's raw payloads to posts. */
    Mapper mapper();

    /** True when {@link #backfillCursor} can start a collection of a past time window. */
    default boolean supportsBackfill() {
        return false;
    }

    /**
     * The cursor that makes {@link #fetch} collect items created in {@code [from, to)} for a
     * one-shot backfill; the runner checkpoints a backfill under its own key, so it never moves the
     * polling checkpoint.
     */
    default Cursor backfillCursor(SourceQuery query, Instant from, Instant to) {
        throw new UnsupportedOperationException(name() + " cannot backfill");
    }

    /**
     * True when each query is collected once, to its end, in one run or, when a run is interrupted (killed,
     * stopped, page limit), in several that resume it (a file import). The runner then commits the query's
     * counts and the ids it landed with its checkpoint: a resuming run reports the whole collection, and
     * counts an id the interrupted run landed as a duplicate, as one run would have. Default: false (polls,
     * whose checkpoint lives for ever and whose runs report themselves).
     */
    default boolean collectsOnce() {
        return false;
    }

    /**
     * Called after the runner committed a query's items up to {@code cursor} (landed, checkpointed): what
     * the source remembers about them (the file source's id ledger) is written here, never ahead of the
     * landing zone. Default: nothing.
     */
    default void committed(SourceQuery query, Cursor cursor) {
    }

    /**
     * Called when a query has no more pages in this run (also when it ended in an error), e.g. to
     * move an imported file out of the drop folder. Default: nothing.
     *
     * @return where the query's input is now when this moved it (the runner then makes the query's
     *         rejected items of this run name it there, not where it was), else null
     */
    default String finished(SourceQuery query, QueryOutcome outcome) {
        return null;
    }
}
