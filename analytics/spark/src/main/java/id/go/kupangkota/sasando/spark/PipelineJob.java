package id.go.kupangkota.sasando.spark;

import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.spark.accounts.AccountsJob;
import id.go.kupangkota.sasando.spark.common.ReadModelArgs;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.spark.common.CurrentPosts;
import id.go.kupangkota.sasando.spark.common.EsTarget;
import id.go.kupangkota.sasando.spark.common.JobFailure;
import id.go.kupangkota.sasando.spark.common.PipelineLock;
import id.go.kupangkota.sasando.spark.common.Options;
import id.go.kupangkota.sasando.spark.common.ReadModelRuns;
import id.go.kupangkota.sasando.spark.common.ReadModelScope;
import id.go.kupangkota.sasando.spark.common.Sessions;
import id.go.kupangkota.sasando.spark.common.SparkWork;
import id.go.kupangkota.sasando.spark.common.Zones;
import id.go.kupangkota.sasando.spark.enrich.EnrichJob;
import id.go.kupangkota.sasando.spark.rollup.RollupJob;
import id.go.kupangkota.sasando.spark.trends.TrendsJob;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything after the landing zone in one Spark session: enrich (new landing files, or a full
 * re-tag), then roll-ups, trends and accounts. What {@code ./sasando up} and the daemon run.
 *
 * <pre>
 * PipelineJob [--retag] [--full] [--no-es] [--every 5m] [--min-count 5] [--min-z 3.0] [--max-files N]
 *             [--landing URI] [--curated URI] [--checkpoints URI]
 * </pre>
 * {@code --every}: run again after each pause, in the same session, until the process is stopped.
 * {@code --full}: recompute the read models over the whole history (otherwise only what new posts touch).
 */
public final class PipelineJob {
    private static final Logger log = LoggerFactory.getLogger(PipelineJob.class);

    /** @param full recompute the read models over the whole history, as every run did before they were incremental */
    public record Args(EnrichJob.Args enrich, ReadModelArgs rollups, TrendsJob.Args trends,
                       ReadModelArgs accounts, Duration every, boolean full) {
        static final List<String> VALUES = Stream.concat(Zones.OPTIONS.stream(),
                Stream.of("every", "min-count", "min-z", "max-files")).toList();

        public static Args parse(String[] argv, SasandoSettings settings) {
            Options o = Options.parse(argv, VALUES, List.of("retag", "full", EsTarget.NO_ES));
            Zones zones = Zones.of(settings, o);
            EsTarget es = EsTarget.unlessNoEs(o, settings);
            return new Args(
                    new EnrichJob.Args(zones, es, o.has("retag") ? EnrichJob.Mode.RETAG : EnrichJob.Mode.ONCE,
                            Duration.ZERO, o.getInt("max-files", 1_000)),
                    new ReadModelArgs(zones, es),
                    new TrendsJob.Args(zones, es, o.getInt("min-count", 5), o.getDouble("min-z", 3.0)),
                    new ReadModelArgs(zones, es),
                    every(o.getDuration("every", null)), o.has("full"));
        }

        /** A zero or negative pause would rerun a failing round without a break: a busy loop. */
        private static Duration every(Duration every) {
            if (every != null && (every.isZero() || every.isNegative())) {
                throw new IllegalArgumentException("--every must be longer than 0, e.g. --every 5m");
            }
            return every;
        }
    }

    public static void main(String[] argv) {
        Args args = Args.parse(argv, SasandoSettings.fromEnvironment());
        String esUrl = args.enrich().es() == null ? null : args.enrich().es().url();
        JobFailure.exitOnFailure("sasando pipeline", "./sasando pipeline", esUrl, () -> {
            SparkSession spark = Sessions.create("sasando-pipeline");
            try {
                if (args.every() == null) {
                    run(spark, args);
                    return;
                }
                runEvery(spark, args, esUrl, Long.MAX_VALUE);
            } finally {
                spark.stop();
            }
        });
    }

    /** The wait between two rounds; {@link Thread#sleep} but in tests. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration wait) throws Exception;
    }

    static long runEvery(SparkSession spark, Args args, String esUrl, long rounds) throws Exception {
        return runEvery(spark, args, esUrl, rounds, wait -> Thread.sleep(wait.toMillis()));
    }

    /**
     * Runs {@code rounds} rounds, {@code args.every()} apart, and returns how many failed. Left running, a
     * failed round (Elasticsearch restarting, say) is reported and the next one tries again, since the
     * checkpoints keep what is left to do: a passing outage must not end the pipeline. The wait after a
     * failed round is the same {@code --every} (never a busy retry), and the first round that succeeds
     * after failures says so. Rounds after one that succeeded re-tag no more; they take new landing files.
     */
    static long runEvery(SparkSession spark, Args args, String esUrl, long rounds, Pause pause) throws Exception {
        Args round = args;
        long failed = 0;
        long failedInARow = 0;
        for (long i = 0; i < rounds; i++) {
            if (i > 0) {
                pause.pause(args.every());
            }
            try {
                run(spark, round);
                if (failedInARow > 0) {
                    log.info("round {} succeeded after {} failed round{} in a row: the pipeline has caught up", i + 1,
                            failedInARow, failedInARow == 1 ? "" : "s");
                }
                failedInARow = 0;
                round = new Args(new EnrichJob.Args(args.enrich().zones(), args.enrich().es(), EnrichJob.Mode.ONCE,
                        Duration.ZERO, args.enrich().maxFilesPerTrigger()), args.rollups(), args.trends(),
                        args.accounts(), args.every(), false);
            } catch (Exception e) {
                failed++;
                failedInARow++;
                log.error("{} Next round in {} (round {}, {} failed in a row).", JobFailure.message(e,
                                "sasando pipeline", "./sasando pipeline", esUrl, JobFailure.debug()),
                        describe(args.every()), i + 1, failedInARow);
            }
        }
        return failed;
    }

    /** "5 min", "30 s", "10 ms": how an operator reads the wait. */
    static String describe(Duration wait) {
        long ms = wait.toMillis();
        if (ms % 1000 != 0) {
            return ms + " ms";
        }
        long s = ms / 1000;
        return s % 60 == 0 && s > 0 ? s / 60 + " min" : s + " s";
    }

    /**
     * Enrich, then the read models: in full on {@code --full}, a re-tag, the first run; otherwise only the
     * days and weeks that the posts tagged since the last run touch ({@link ReadModelScope}). What a run
     * took in is remembered only once every read model is written to Elasticsearch, so a failed run, or
     * one with {@code --no-es}, leaves those days for the next.
     */
    public static void run(SparkSession spark, Args args) throws Exception {
        long start = System.nanoTime();
        SparkWork work = SparkWork.on(spark);
        try (PipelineLock lock = PipelineLock.acquire(args.enrich().zones().checkpoints())) {
            EnrichJob.Result[] enriched = new EnrichJob.Result[1];
            ReadModelScope[] scope = new ReadModelScope[1];
            // a failure names its stage (JobFailure's message to the operator)
            timed(work, "enrich", () -> enriched[0] = EnrichJob.run(spark, args.enrich()));
            Zones zones = args.rollups().zones();
            timed(work, "read-model scope", () -> scope[0] = ReadModelRuns.plan(spark, zones,
                    args.full() || args.enrich().mode() == EnrichJob.Mode.RETAG));
            log.info("read models: {}", scope[0]);
            // read once for the three: each picks its days from the same current posts
            try (CurrentPosts posts = new CurrentPosts(spark, zones.posts())) {
                timed(work, "roll-ups", () -> RollupJob.run(spark, args.rollups(), scope[0], posts));
                timed(work, "trends", () -> TrendsJob.run(spark, args.trends(), scope[0], posts));
                timed(work, "accounts", () -> AccountsJob.run(spark, args.accounts(), scope[0], posts));
            }
            if (args.rollups().es() != null) {
                ReadModelRuns.done(spark, zones, scope[0]);
            }
            log.info("pipeline done in {} s: {} posts tagged ({})", seconds(start), enriched[0].tagged(),
                    work.count());
        } catch (Exception e) {
            // a curated file damaged by hand fails the read models deep inside Spark: say what to run
            JobFailure.ActionNeeded damaged = CuratedPosts.damaged(e, args.rollups().zones().posts());
            throw damaged == null ? e : new JobFailure.StageException(stageOf(e), damaged);
        } finally {
            spark.sparkContext().removeSparkListener(work);
        }
    }

    private static String stageOf(Exception e) {
        return e instanceof JobFailure.StageException s ? s.stage() : "read models";
    }

    /** Runs a stage and logs its time and the Spark work it took ({@link SparkWork}). */
    private static void timed(SparkWork work, String stage, JobFailure.Body body) throws Exception {
        long start = System.nanoTime();
        SparkWork.Count before = work.count();
        JobFailure.stage(stage, body);
        log.info("{} took {} s ({})", stage, seconds(start), work.count().minus(before));
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f", (System.nanoTime() - startNanos) / 1e9);
    }
}
