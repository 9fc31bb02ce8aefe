package id.go.kupangkota.sasando.ingest.cli;

import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.ingest.IngestPaths;
import id.go.kupangkota.sasando.ingest.bench.IngestBenchmark;
import id.go.kupangkota.sasando.ingest.coverage.CoverageRecord;
import id.go.kupangkota.sasando.ingest.demo.DemoCorpus;
import id.go.kupangkota.sasando.ingest.run.IngestDaemon;
import id.go.kupangkota.sasando.ingest.run.IngestRuntime;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.run.SourceRunner;
import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;
import id.go.kupangkota.sasando.ingest.source.RunStatus;
import id.go.kupangkota.sasando.ingest.source.Source;
import id.go.kupangkota.sasando.ingest.source.SourceCatalog;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;
import id.go.kupangkota.sasando.ingest.source.file.FileSource;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code sasando ingest <command>}: the one entry point of ingest. Settings come from
 * {@code SasandoSettings.fromEnvironment()} (SASANDO_HOME, SASANDO_ES_URL, ...) and the config
 * directory ({@code -Dsasando.config}, {@code SASANDO_CONFIG}, default {@code ./config}).
 *
 * <p>Exit codes: 0 done; 1 failed; 2 wrong command line or settings; 3 done, but some input was
 * rejected (kept in the rejects folder) or a query ended partial.
 */
public final class IngestCommand {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int PARTIAL = 3;

    static final String USAGE_TEXT = """
            usage: sasando ingest <command> [options]
              import <file|dir>... [--mapping sasando|twitter-csv|<mapping.json>] [--again]
                     import CSV/JSONL exports into the landing zone (--again: import files seen before again)
              demo   --out <file.jsonl> [--posts 20000] [--weeks 8] [--seed 42] [--end <ISO instant>]
                     write the synthetic demo corpus (import it with: import <file>)
              daemon
                     poll every enabled source (config/sources.json) until stopped (Ctrl-C / SIGTERM)
              backfill --source <name> --from yyyy-MM-dd --to yyyy-MM-dd
                     collect a past window (WITA days, both included) once, where the source supports it
              bench  [--posts 1000000] [--seed 42] [--rounds 1] [--keep]
                     generate, import and load into Elasticsearch; compare with raw _bulk
                     of the same documents (rounds alternate which of the two goes first)
              sources
                     list the discovered sources and whether they are enabled
            """;

    private final PrintStream out;
    private final PrintStream err;

    IngestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "sasando-ingest-logback.xml");
        }
        int code = new IngestCommand(System.out, System.err).run(args);
        if (code != OK || !"daemon".equals(args.length > 0 ? args[0] : "")) {
            System.exit(code);
        }
    }

    int run(String[] argv) {
        if (argv.length == 0 || argv[0].equals("help") || argv[0].equals("--help")) {
            out.print(USAGE_TEXT);
            return argv.length == 0 ? USAGE : OK;
        }
        List<String> rest = Arrays.asList(argv).subList(1, argv.length);
        try {
            return switch (argv[0]) {
                case "import" -> importFiles(Args.parse(rest, Set.of("mapping"), Set.of("again")));
                case "demo" -> demo(Args.parse(rest, Set.of("out", "posts", "weeks", "seed", "end"), Set.of()));
                case "daemon" -> daemon();
                case "backfill" -> backfill(Args.parse(rest, Set.of("source", "from", "to"), Set.of()));
                case "bench" -> bench(Args.parse(rest, Set.of("posts", "seed", "rounds"), Set.of("keep")));
                case "sources" -> sources();
                default -> throw new Args.UsageException("unknown command '" + argv[0] + "'");
            };
        } catch (Args.UsageException | InvalidSettingsException e) {
            err.println("error: " + e.getMessage());
            if (e instanceof Args.UsageException) {
                err.print(USAGE_TEXT);
            }
            return USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    private int importFiles(Args args) {
        if (args.positional().isEmpty()) {
            throw new Args.UsageException("import needs at least one file or directory");
        }
        List<Path> paths = args.positional().stream().map(Path::of).toList();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new Args.UsageException("no such file or directory: " + p);
            }
        }
        try (IngestRuntime runtime = IngestRuntime.fromEnvironment(true)) {
            runtime.connect();
            FileSource source = FileSource.forFiles(paths, args.get("mapping", null));
            source.configure(runtime.context(source));
            var runner = runtime.runner();
            if (args.flag("again")) {
                for (SourceQuery q : source.queries()) {
                    runner.checkpoints().reset(source.name(), q.key());
                }
            }
            SourceRun run = runner.importAll(source, runtime.catalog().config(source.name()));
            for (CoverageRecord r : run.queries()) {
                String note = source.note(r.query());
                if (note != null && note.startsWith(FileSource.ALREADY_IMPORTED)) {
                    out.printf("%s: %s (use --again to import it again)%n", r.queryValue(), note);
                } else if (RunStatus.FAILED.equals(r.status()) && r.fetched() == 0) {
                    out.printf("%s: failed, nothing imported: %s%n", r.queryValue(), r.error()); // refused as a whole
                } else if (note != null && r.rejected() == 0) {
                    out.printf("%s: warning: %s — %s%n", r.queryValue(), note, r.status());
                } else {
                    int conflicts = source.idConflicts(r.query());
                    out.printf("%s: %d imported, %d duplicates, %d rejected, %d with warnings%s%s — %s%s%n",
                            r.queryValue(), r.written(), r.duplicates(), r.rejected(), r.warnings(),
                            SourceRunner.landedBeforeNote(r.written(), run.landedBefore(r.query())),
                            conflicts == 0 ? "" : " (" + conflicts + " ids imported before for other posts: kept apart)",
                            r.status(), r.error() == null ? "" : " (" + r.error() + ")");
                }
            }
            if (run.rejected() > 0) {
                out.println("rejected rows (with file, line and reason) are kept in "
                        + IngestPaths.of(runtime.settings()).rejects().resolve(source.name()));
            }
            out.printf("landing zone: %s%n", runtime.settings().landingDir());
            return exitCode(run);
        }
    }

    private int demo(Args args) throws IOException {
        Path target = Path.of(args.required("out"));
        long posts = args.number("posts", 20_000);
        int weeks = (int) args.number("weeks", 8);
        long seed = args.number("seed", 42);
        Instant end = args.get("end", null) == null
                ? Instant.now().truncatedTo(ChronoUnit.HOURS) : Instant.parse(args.get("end", null));
        if (target.toAbsolutePath().getParent() != null) {
            Files.createDirectories(target.toAbsolutePath().getParent());
        }
        long start = System.nanoTime();
        DemoCorpus.Summary summary;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            summary = new DemoCorpus(seed, end, weeks).write(posts, o);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("wrote %,d posts (%s .. %s WITA, %d replies, %d quotes, %d reposts, %d bot posts, %d risky) to %s in %.1f s%n",
                summary.posts(), summary.firstDay(), summary.lastDay(), summary.replies(), summary.quotes(),
                summary.reposts(), summary.botPosts(), summary.risky(), target, seconds);
        out.println("import it with: sasando import " + target);
        return OK;
    }

    private int daemon() {
        IngestRuntime runtime = IngestRuntime.fromEnvironment(true);
        runtime.connect();
        IngestDaemon daemon = new IngestDaemon(runtime, SourceCatalog.discover());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            daemon.close();
            runtime.close();
            stopped.countDown();
        }, "ingest-shutdown"));
        List<String> running = daemon.start();
        out.println("ingest daemon polling " + running + "; landing zone " + runtime.settings().landingDir()
                + "; drop folder " + IngestPaths.of(runtime.settings()).drop() + ". Ctrl-C stops.");
        if (running.isEmpty()) {
            err.println("warning: no source is enabled in " + IngestPaths.configDir().resolve(SourceCatalog.FILE_NAME));
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    private int backfill(Args args) {
        String name = args.required("source");
        LocalDate from = args.date("from");
        LocalDate to = args.date("to");
        if (to.isBefore(from)) {
            throw new Args.UsageException("--to " + to + " is before --from " + from);
        }
        Source source = SourceCatalog.discover(name);
        if (!source.supportsBackfill()) {
            err.println("error: source '" + name + "' cannot backfill");
            return USAGE;
        }
        try (IngestRuntime runtime = IngestRuntime.fromEnvironment(true)) {
            runtime.connect();
            source.configure(runtime.context(source));
            SourceRun run = runtime.runner().backfill(source, runtime.catalog().config(name),
                    Wita.startOfDay(from), Wita.startOfDay(to.plusDays(1)));
            out.printf("backfill of %s %s..%s: %d written, %d duplicates, %d rejected — %s%n", name, from, to,
                    run.written(), run.duplicates(), run.rejected(), run.status());
            return exitCode(run);
        }
    }

    private int bench(Args args) throws IOException {
        try (IngestRuntime runtime = IngestRuntime.fromEnvironment(true)) {
            IngestBenchmark.Result result = new IngestBenchmark(runtime.settings(), runtime.client())
                    .run(args.number("posts", 1_000_000), args.number("seed", 42), (int) args.number("rounds", 1),
                            args.flag("keep"), out);
            out.println(result.report());
            return OK;
        }
    }

    private int sources() {
        SourceCatalog catalog = SourceCatalog.load(IngestPaths.configDir().resolve(SourceCatalog.FILE_NAME));
        for (Source s : SourceCatalog.discover()) {
            var c = catalog.config(s.name());
            out.printf("%-8s %-9s every %-8s backfill %s%n", s.name(), c.enabled() ? "enabled" : "disabled",
                    c.interval(), s.supportsBackfill() ? "yes" : "no");
        }
        return OK;
    }

    private static int exitCode(SourceRun run) {
        return switch (run.status()) {
            case RunStatus.OK -> OK;
            case RunStatus.PARTIAL -> PARTIAL;
            default -> FAILED;
        };
    }
}
