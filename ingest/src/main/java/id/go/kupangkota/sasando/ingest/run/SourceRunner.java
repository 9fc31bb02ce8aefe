package id.go.kupangkota.sasando.ingest.run;

import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.ingest.IngestPaths;
import id.go.kupangkota.sasando.ingest.LongHash;
import id.go.kupangkota.sasando.ingest.coverage.Alert;
import id.go.kupangkota.sasando.ingest.coverage.CoverageLog;
import id.go.kupangkota.sasando.ingest.coverage.CoverageRecord;
import id.go.kupangkota.sasando.ingest.coverage.SourceHealth;
import id.go.kupangkota.sasando.ingest.landing.CheckpointStore;
import id.go.kupangkota.sasando.ingest.landing.LandingBatch;
import id.go.kupangkota.sasando.ingest.landing.LandingWriter;
import id.go.kupangkota.sasando.ingest.landing.RejectsWriter;
import id.go.kupangkota.sasando.ingest.source.Cursor;
import id.go.kupangkota.sasando.ingest.source.Gap;
import id.go.kupangkota.sasando.ingest.source.Mapped;
import id.go.kupangkota.sasando.ingest.source.MappingException;
import id.go.kupangkota.sasando.ingest.source.Page;
import id.go.kupangkota.sasando.ingest.source.QueryOutcome;
import id.go.kupangkota.sasando.ingest.source.RateLimitedException;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.Rejected;
import id.go.kupangkota.sasando.ingest.source.RunStatus;
import id.go.kupangkota.sasando.ingest.source.Sleeper;
import id.go.kupangkota.sasando.ingest.source.Source;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;
import id.go.kupangkota.sasando.ingest.source.SourceException;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The one collection loop every source runs through. For each query of a configured source it
 * loads the checkpoint, fetches pages (retrying retryable errors with exponential backoff, waiting
 * for rate-limit resets), maps every item, skips ids already written in this run, writes landing
 * records and rejects, commits batches with their cursor ({@link CheckpointStore}), and records
 * coverage. It never throws for a source's failure: a failed query or source is a coverage record
 * with status {@code failed}, and a source failing {@code failure_alert_after} runs in a row raises
 * an alert, as does one query (a news feed) failing that many polls in a row while the others work; both
 * are resolved when the source or query works again. A query of a source that collects each query once
 * ({@link Source#collectsOnce()}, a file import) commits its counts, landed ids and rejects files with its
 * checkpoint, so the run that resumes it reports, and dedups, as one uninterrupted run would. Safe to use from
 * several threads for different sources.
 */
public final class SourceRunner {
    private static final Logger log = LoggerFactory.getLogger(SourceRunner.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(Wita.ZONE);

    private final LandingWriter landing;
    private final CheckpointStore checkpoints;
    private final IngestPaths paths;
    private final CoverageLog coverage;
    private final SourceHealth health;
    private final Clock clock;
    private final Sleeper sleeper;
    private final BooleanSupplier stopRequested;

    public SourceRunner(SasandoSettings settings, CoverageLog coverage, Clock clock, Sleeper sleeper,
                        BooleanSupplier stopRequested) {
        this.paths = IngestPaths.of(settings);
        this.landing = new LandingWriter(paths.landing(), clock);
        this.checkpoints = new CheckpointStore(paths.checkpoints(), paths.landing(), clock);
        this.coverage = coverage;
        this.health = new SourceHealth(paths.health());
        this.clock = clock;
        this.sleeper = sleeper;
        this.stopRequested = stopRequested;
    }

    public CheckpointStore checkpoints() {
        return checkpoints;
    }

    /** Polls every query of a configured source from its checkpoint. */
    public SourceRun poll(Source source, SourceConfig config) {
        return run(source, config, RunMode.POLL, null, null);
    }

    /** Imports every query of a configured source (same loop, recorded as {@code import}). */
    public SourceRun importAll(Source source, SourceConfig config) {
        return run(source, config, RunMode.IMPORT, null, null);
    }

    /** Collects {@code [from, to)} once, under checkpoints of its own. */
    public SourceRun backfill(Source source, SourceConfig config, Instant from, Instant to) {
        if (!source.supportsBackfill()) {
            throw new UnsupportedOperationException("source '" + source.name() + "' cannot backfill");
        }
        return run(source, config, RunMode.BACKFILL, from, to);
    }

    /**
     * Records the failure of a source that could not even start (e.g. invalid settings), so it counts
     * towards its failure streak and shows in coverage.
     */
    public SourceRun failedToStart(String source, SourceConfig config, RunMode mode, Exception failure) {
        String runId = newRunId();
        Instant now = clock.instant();
        RunError error = RunError.of(failure);
        CoverageRecord record = new CoverageRecord(runId + ":" + source + ":all", runId, source, "all", null,
                mode.code(), now, now, 0, 0, 0, 0, 1, 0, 0, 0, List.of(), RunStatus.FAILED, error.text(),
                error.storedCode(), error.storedArgs(), false, 0, List.of());
        log.error("source {} could not start: {}", source, error.text());
        coverage.record(record);
        updateHealth(source, config, true, record);
        return new SourceRun(runId, source, List.of(record), RunStatus.FAILED, error.text());
    }

    private SourceRun run(Source source, SourceConfig config, RunMode mode, Instant from, Instant to) {
        String runId = newRunId();
        String name = source.name();
        List<SourceQuery> queries;
        try {
            queries = source.queries();
        } catch (RuntimeException e) {
            return failedToStart(name, config, mode, e);
        }
        removeStaleLandingFiles(name);
        List<CoverageRecord> records = new ArrayList<>();
        Map<String, Long> landedBefore = new HashMap<>();
        LongSet seen = new LongSet();
        try (RejectsWriter rejects = new RejectsWriter(paths.rejects(), name, clock)) {
            for (SourceQuery query : queries) {
                if (stopRequested.getAsBoolean()) {
                    break;
                }
                QueryRun q = new QueryRun(source, config, query, mode, from, to, runId, seen, rejects);
                CoverageRecord record = q.run();
                records.add(record);
                if (q.landedBefore > 0) {
                    landedBefore.put(record.query(), q.landedBefore);
                }
                coverage.record(record);
                String movedTo = null;
                try {
                    movedTo = source.finished(query, new QueryOutcome(record.status(), record.written(),
                            record.rejected(), record.error(), record.complete()));
                } catch (RuntimeException e) {
                    log.error("source {} failed to finish query {}: {}", name, query.key(), e.toString());
                }
                if (movedTo != null && record.rejected() > 0) {
                    relocateRejects(name, query, movedTo, rejects, q.earlierRejects());
                }
            }
        }
        boolean failed = !records.isEmpty() && records.stream().allMatch(r -> RunStatus.FAILED.equals(r.status()));
        String status = failed ? RunStatus.FAILED
                : records.stream().allMatch(r -> RunStatus.OK.equals(r.status())) ? RunStatus.OK : RunStatus.PARTIAL;
        CoverageRecord lastError = records.stream().filter(r -> r.error() != null).reduce((a, b) -> b).orElse(null);
        String error = lastError == null ? null : lastError.error();
        updateHealth(name, config, failed, lastError);
        if (mode == RunMode.POLL) {
            for (CoverageRecord r : records) {
                updateQueryHealth(name, config, r, records.size() > 1);
            }
        }
        SourceRun result = new SourceRun(runId, name, List.copyOf(records), status, error, landedBefore);
        log.info("source {} {} run {}: {} written ({} with warnings{}), {} duplicates, {} rejected, status {}", name,
                mode.code(), runId, result.written(), result.warnings(),
                landedBeforeNote(result.written(), result.landedBefore()), result.duplicates(), result.rejected(),
                status);
        return result;
    }

    /**
     * What a count of written posts must not hide: how many of them are posts an earlier run landed (the same
     * post id from another export, an import done again, or a tweet the X source fetched), updates of those
     * posts rather than new ones. Empty when none were.
     */
    public static String landedBeforeNote(long written, long landedBefore) {
        return landedBefore == 0 ? "" : "; " + landedBefore + " of the " + written + " landed before (same post id, "
                + "from another file, an earlier import or the X source): they update those posts (the X source's "
                + "copy of a tweet stays), " + (written - landedBefore) + " new";
    }

    /**
     * Makes the rejected items of a query whose input the source moved (a dropped file) name where it is now:
     * those of this run, and those the interrupted runs of a query collected once had kept elsewhere.
     */
    private static void relocateRejects(String source, SourceQuery query, String movedTo, RejectsWriter rejects,
                                        List<Path> earlier) {
        try {
            long n = rejects.relocate(query.value(), movedTo);
            for (Path f : earlier) {
                n += RejectsWriter.relocate(f, query.value(), movedTo);
            }
            log.info("source {}: {} is now {}; its {} rejected item(s) are kept in {}", source, query.value(), movedTo,
                    n, earlier.isEmpty() ? rejects.file() : earlier + " and " + rejects.file());
        } catch (IOException | RuntimeException e) {
            log.error("source {}: rejected items of {} still name it there, though it is now {}: {}", source,
                    query.value(), movedTo, e.toString());
        }
    }

    /** Hidden landing files a killed run of this source left (see {@link LandingWriter#removeStale}). */
    private void removeStaleLandingFiles(String source) {
        try {
            landing.removeStale(source, checkpoints.pendingHidden(source), clock.instant());
        } catch (RuntimeException e) {
            log.warn("source {}: unfinished landing files left in place: {}", source, message(e));
        }
    }

    /**
     * A source's failure streak. After {@code failure_alert_after} failed runs an alert is raised, one
     * document per WITA day (updated each run), and the streak remembers them: when a run of the source
     * works again, every alert of the streak is resolved (a streak that crossed midnight has two). The alert
     * carries the code of {@code lastError}, the run's last record with an error, for the dashboard to word.
     */
    private void updateHealth(String source, SourceConfig config, boolean failed, CoverageRecord lastError) {
        Instant now = clock.instant();
        String error = lastError == null ? null : lastError.error();
        SourceHealth.Streak before = health.get(source);
        SourceHealth.Streak streak = health.record(before, failed, error, now);
        if (failed && streak.consecutiveFailures() >= config.failureAlertAfter()) {
            String id = Alert.SOURCE_FAILING + ":" + source + ":" + Wita.dayKey(now);
            health.save(streak.withAlertId(id));
            String message = "Sumber '" + source + "' gagal " + streak.consecutiveFailures()
                    + " kali berturut-turut / source '" + source + "' failed " + streak.consecutiveFailures()
                    + " runs in a row: " + error;
            log.error(message);
            coverage.alert(Alert.raised(id, Alert.SOURCE_FAILING, severity(streak.consecutiveFailures(), config),
                    message, streak.consecutiveFailures(), lastError, now));
        } else if (!failed && !before.alertIds().isEmpty()) {
            String message = "Sumber '" + source + "' berhasil lagi setelah " + before.consecutiveFailures()
                    + " kali gagal / source '" + source + "' works again after " + before.consecutiveFailures()
                    + " failed runs";
            log.info(message);
            for (String id : before.alertIds()) {
                coverage.alert(resolved(id, Alert.SOURCE_FAILING, source, null, message, before, now));
            }
        }
    }

    /**
     * A query's own failure streak: a source run counts as failed only when all its queries fail, so
     * one dead feed among working ones would stay "partial" for ever. After {@code failure_alert_after}
     * failed runs of the same query an alert names it (one document per streak, updated each run) and
     * is resolved when the query works again. A source with one query has the source alert instead.
     */
    private void updateQueryHealth(String source, SourceConfig config, CoverageRecord r, boolean severalQueries) {
        Instant now = clock.instant();
        boolean failed = RunStatus.FAILED.equals(r.status());
        SourceHealth.Streak before = health.getQuery(source, r.query());
        SourceHealth.Streak streak = health.recordQuery(r.query(), before, failed, r.error(), now);
        String what = "'" + r.query() + "'" + (r.queryValue() == null ? "" : " (" + r.queryValue() + ")");
        if (failed && severalQueries && streak.consecutiveFailures() >= config.failureAlertAfter()) {
            String id = !streak.alertIds().isEmpty() ? streak.alertIds().get(0)
                    : Alert.QUERY_FAILING + ":" + source + ":" + r.query() + ":" + Wita.dayKey(now);
            health.saveQuery(r.query(), streak.withAlertId(id));
            String message = "Sumber '" + source + "', kueri " + what + " gagal " + streak.consecutiveFailures()
                    + " kali berturut-turut / source '" + source + "', query " + what + " failed "
                    + streak.consecutiveFailures() + " runs in a row: " + r.error();
            log.error(message);
            coverage.alert(Alert.raised(id, Alert.QUERY_FAILING, severity(streak.consecutiveFailures(), config),
                    message, streak.consecutiveFailures(), r, now));
        } else if (!failed && !before.alertIds().isEmpty()) {
            String message = "Sumber '" + source + "', kueri " + what + " berhasil lagi setelah "
                    + before.consecutiveFailures() + " kali gagal / source '" + source + "', query " + what
                    + " works again after " + before.consecutiveFailures() + " failed runs";
            log.info(message);
            for (String id : before.alertIds()) {
                coverage.alert(resolved(id, Alert.QUERY_FAILING, source, r, message, before, now));
            }
        }
    }

    private static String severity(int consecutiveFailures, SourceConfig config) {
        return consecutiveFailures >= 2 * config.failureAlertAfter() ? "critical" : "warning";
    }

    /**
     * The resolution of an alert of the streak {@code before} ({@code query}: the query's working run, null for a
     * source); its figures only matter if Elasticsearch lost the alert (it is then created, resolved), as an
     * existing one keeps its own, the code of its last error included (the streak keeps no code).
     */
    private static Alert resolved(String id, String kind, String source, CoverageRecord query, String message,
                                  SourceHealth.Streak before, Instant now) {
        return new Alert(id, kind, source, query == null ? null : query.query(),
                query == null ? null : query.queryValue(), "warning", message, before.consecutiveFailures(),
                before.lastError(), null, null, before.lastRunAt() == null ? now : before.lastRunAt(), Alert.RESOLVED,
                now);
    }

    private String newRunId() {
        return RUN_ID.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** One query's run: the paging loop and its counters. */
    private final class QueryRun {
        private final Source source;
        private final SourceConfig config;
        private final SourceQuery query;
        private final RunMode mode;
        private final Instant from;
        private final Instant to;
        private final String runId;
        private final LongSet seen;
        private final RejectsWriter rejects;
        private final String checkpointKey;
        private final List<Gap> gaps = new ArrayList<>();
        private final List<String> firstWarnings = new ArrayList<>();
        private long fetched, written, duplicates, rejected, errors, waits, waitSeconds, pages, warnings;
        /** Of the written, posts an earlier run had landed ({@link Mapped#landedBefore()}). */
        private long landedBefore;
        /** {@link Source#collectsOnce()}: the counts and landed ids are committed with the checkpoint. */
        private final boolean once;
        /** Of a query collected once: hashes of the ids landed since the last commit, and how many were before. */
        private long[] uncommittedIds = new long[1024];
        private int uncommittedCount;
        private long committedIds;
        /** Of a query collected once: its rejects files (relative to the rejects root) and their synced lengths. */
        private final Map<String, Long> rejectFiles = new TreeMap<>();
        private String status = RunStatus.OK;
        private RunError error;
        private Cursor cursor;
        private Cursor committed;
        private boolean complete;

        QueryRun(Source source, SourceConfig config, SourceQuery query, RunMode mode, Instant from, Instant to,
                 String runId, LongSet seen, RejectsWriter rejects) {
            this.source = source;
            this.config = config;
            this.query = query;
            this.mode = mode;
            this.from = from;
            this.to = to;
            this.runId = runId;
            this.seen = seen;
            this.rejects = rejects;
            this.once = source.collectsOnce();
            this.checkpointKey = mode == RunMode.BACKFILL
                    ? query.key() + "@backfill-" + Wita.dayKey(from) + "_" + Wita.dayKey(to)
                    : query.key();
        }

        CoverageRecord run() {
            Instant started = clock.instant();
            String name = source.name();
            LandingBatch batch = landing.begin(name);
            try {
                cursor = checkpoints.load(name, checkpointKey);
                if (mode == RunMode.BACKFILL && cursor.isStart()) {
                    cursor = source.backfillCursor(query, from, to);
                }
                committed = cursor;
                if (once && resume()) {
                    commit(batch, cursor, false); // names this run's rejects file before a reject can go there
                    batch = landing.begin(name);
                }
                while (true) {
                    if (stopRequested.getAsBoolean()) {
                        partial(new RunError("stopped before the last page (shutdown)", ErrorCode.RUN_STOPPED));
                        break;
                    }
                    if (pages >= config.maxPagesPerRun()) {
                        partial(new RunError("stopped after max_pages_per_run=" + config.maxPagesPerRun()
                                + "; continues next run", ErrorCode.RUN_PAGE_LIMIT,
                                Map.of(ErrorArg.MAX_PAGES, Integer.toString(config.maxPagesPerRun()))));
                        break;
                    }
                    Page page = fetch(cursor);
                    if (page == null) {
                        break;
                    }
                    pages++;
                    for (RawItem item : page.items()) {
                        land(batch, item);
                    }
                    for (Rejected bad : page.rejected()) {
                        reject(bad.location(), bad.reason(), bad.raw());
                    }
                    gaps.addAll(page.gaps());
                    cursor = page.next();
                    if (batch.count() >= config.commitEvery() || !page.more()) {
                        commit(batch, cursor, !page.more());
                        batch = landing.begin(name);
                        committed = cursor;
                    }
                    if (!page.more()) {
                        complete = true;
                        break;
                    }
                }
                if (!cursor.equals(committed) || !batch.isEmpty()) {
                    commit(batch, cursor, complete);
                }
            } catch (SourceException e) {
                fail(e);
                batch = commitBeforeFailure(batch);
            } catch (RuntimeException e) {
                log.error("source {} query {} failed", name, query.key(), e);
                fail(e);
                batch = commitBeforeFailure(batch);
            } finally {
                batch.close();
            }
            if (RunStatus.OK.equals(status) && (rejected > 0 || !gaps.isEmpty())) {
                status = RunStatus.PARTIAL;
            }
            return new CoverageRecord(runId + ":" + name + ":" + checkpointKey, runId, name, checkpointKey,
                    query.value(), mode.code(), started, clock.instant(), fetched, written, duplicates, rejected,
                    errors, waits, waitSeconds, pages, gaps, status, error == null ? null : error.text(),
                    error == null ? null : error.storedCode(), error == null ? null : error.storedArgs(), complete,
                    warnings, firstWarnings);
        }

        /** Keeps what was collected before a failure: those items are good and the cursor is theirs. */
        private LandingBatch commitBeforeFailure(LandingBatch batch) {
            if (cursor == null || (batch.isEmpty() && cursor.equals(committed))) {
                return batch;
            }
            try {
                commit(batch, cursor, false);
            } catch (RuntimeException e) {
                log.error("source {} query {}: cannot commit before failing: {}", source.name(), query.key(), e.toString());
            }
            return batch;
        }

        private void fail(Exception e) {
            status = RunStatus.FAILED;
            error = RunError.of(e);
            log.warn("source {} query {} failed: {}", source.name(), query.key(), error.text());
        }

        private void partial(RunError why) {
            status = RunStatus.PARTIAL;
            error = why;
        }

        /**
         * Carries over what the interrupted runs of a query collected once did (their committed counts and landed
         * ids) and drops the rejects they kept for items after their last checkpoint, which this run reads again.
         * False when the query was collected to its end before: this run is a new collection (nothing to carry).
         */
        private boolean resume() {
            CheckpointStore.Progress p = checkpoints.progress(source.name(), checkpointKey);
            if (p != null && p.complete()) {
                return false;
            }
            if (p != null) {
                fetched = p.fetched();
                written = p.written();
                duplicates = p.duplicates();
                rejected = p.rejected();
                landedBefore = p.landedBefore();
                warnings = p.warnings();
                committedIds = p.ids();
                checkpoints.landedIds(source.name(), checkpointKey, p, seen::add);
                rejectFiles.putAll(p.rejects());
                for (Map.Entry<String, Long> f : p.rejects().entrySet()) {
                    Path file = paths.rejects().resolve(f.getKey());
                    try {
                        long dropped = RejectsWriter.forgetUncommitted(file, query.value(), f.getValue());
                        if (dropped > 0) {
                            log.info("source {} query {}: {} rejected item(s) after the interrupted run's last "
                                    + "checkpoint removed from {} (read again now)", source.name(), query.key(),
                                    dropped, file);
                        }
                    } catch (IOException e) {
                        log.warn("source {} query {}: rejects of the interrupted run in {} may be kept twice: {}",
                                source.name(), query.key(), file, e.toString());
                    }
                }
                log.info("source {} query {} resumes: {} written, {} rejected before", source.name(), query.key(),
                        written, rejected);
            }
            return true;
        }

        /** The rejects files of the interrupted runs of a query collected once (not this run's). */
        List<Path> earlierRejects() {
            Path own = rejects.path().toAbsolutePath().normalize();
            return rejectFiles.keySet().stream().map(f -> paths.rejects().resolve(f).toAbsolutePath().normalize())
                    .filter(f -> !f.equals(own)).toList();
        }

        private void commit(LandingBatch batch, Cursor cursor, boolean last) {
            rejects.sync();
            if (once) {
                rejectFiles.put(paths.rejects().toAbsolutePath().relativize(rejects.path().toAbsolutePath()).toString(),
                        rejects.synced());
                long ids = committedIds + uncommittedCount;
                checkpoints.commit(source.name(), checkpointKey, cursor, batch,
                        new CheckpointStore.Progress(fetched, written, duplicates, rejected, landedBefore, warnings,
                                ids, last, rejectFiles), uncommittedIds, uncommittedCount);
                committedIds = ids;
                uncommittedCount = 0;
                if (last) {
                    checkpoints.forgetIds(source.name(), checkpointKey); // done: a later run starts anew
                }
            } else {
                checkpoints.commit(source.name(), checkpointKey, cursor, batch);
            }
            source.committed(query, cursor);
        }

        private void land(LandingBatch batch, RawItem item) {
            fetched++;
            Instant fetchedAt = clock.instant();
            Mapped mapped;
            try {
                mapped = source.mapper().map(item, query);
            } catch (MappingException e) {
                reject(item.location(), e.getMessage(), item.raw());
                return;
            } catch (RuntimeException e) {
                reject(item.location(), "mapper error: " + e, item.raw());
                return;
            }
            Post post = mapped.post();
            long idHash = LongHash.hash(post.id());
            if (!seen.add(idHash)) {
                duplicates++;
                return;
            }
            Post.Builder finished = post.toBuilder().ingestedAt(fetchedAt);
            if (post.query() == null) {
                finished.query(query.value());
            }
            batch.append(new LandingRecord(source.name(), query.value(), fetchedAt, source.mapper().version(),
                    item.raw(), finished.build(), mapped.unmapped().isEmpty() ? null : mapped.unmapped()));
            written++;
            if (once) {
                if (uncommittedCount == uncommittedIds.length) {
                    uncommittedIds = java.util.Arrays.copyOf(uncommittedIds, uncommittedCount * 2);
                }
                uncommittedIds[uncommittedCount++] = idHash;
            }
            if (mapped.landedBefore()) {
                landedBefore++;
            }
            if (!mapped.warnings().isEmpty()) {
                warn(item.location() == null ? post.id() : item.location(), mapped.warnings());
            }
        }

        /** A post kept with flaws: logged, counted, and the first few kept for the coverage record. */
        private void warn(String where, List<String> found) {
            warnings++;
            String message = where + ": " + String.join("; ", found);
            if (firstWarnings.size() < CoverageRecord.KEPT_WARNINGS) {
                firstWarnings.add(message);
            }
            log.warn("{} {} kept with warnings: {}", source.name(), query.key(), message);
        }

        private void reject(String location, String reason, String raw) {
            rejected++;
            rejects.reject(query.value(), location, reason, raw);
            log.warn("{} rejected {}: {}", source.name(), location == null ? query.value() : location, reason);
        }

        /** One page, with retries and rate-limit waits; null when the run must end without it. */
        private Page fetch(Cursor cursor) throws SourceException {
            int attempt = 0;
            while (true) {
                try {
                    return source.fetch(query, cursor);
                } catch (RateLimitedException e) {
                    Instant now = clock.instant();
                    Duration wait = Duration.between(now, e.resetAt()).plusSeconds(1);
                    if (wait.isNegative() || wait.isZero()) {
                        wait = Duration.ofSeconds(1);
                    }
                    if (wait.compareTo(config.maxRateLimitWait()) > 0) {
                        partial(new RunError("rate limited until " + e.resetAt() + " (longer than max_rate_limit_wait="
                                + config.maxRateLimitWait() + "); continues from the checkpoint next run", e.code(),
                                e.args()));
                        return null;
                    }
                    waits++;
                    waitSeconds += wait.toSeconds();
                    log.info("{} {} rate limited, waiting {} s", source.name(), query.key(), wait.toSeconds());
                    if (!sleep(wait)) {
                        return null;
                    }
                } catch (SourceException e) {
                    errors++;
                    if (!e.retryable() || attempt >= config.maxRetries()) {
                        throw e;
                    }
                    Duration backoff = config.retryBackoff().multipliedBy(1L << Math.min(attempt, 20));
                    if (backoff.compareTo(MAX_BACKOFF) > 0) {
                        backoff = MAX_BACKOFF;
                    }
                    attempt++;
                    log.info("{} {} failed ({}), retry {} of {} in {} s", source.name(), query.key(), e.getMessage(),
                            attempt, config.maxRetries(), backoff.toSeconds());
                    if (!sleep(backoff)) {
                        return null;
                    }
                }
            }
        }

        private boolean sleep(Duration d) {
            try {
                sleeper.sleep(d);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                partial(new RunError("interrupted while waiting (shutdown)", ErrorCode.RUN_STOPPED));
                return false;
            }
        }
    }
}
