package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.ingest.coverage.CoverageRecord;
import id.go.kupangkota.sasando.ingest.landing.RejectsWriter;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.source.Cursor;
import id.go.kupangkota.sasando.ingest.source.Mapped;
import id.go.kupangkota.sasando.ingest.source.Mapper;
import id.go.kupangkota.sasando.ingest.source.MappingException;
import id.go.kupangkota.sasando.ingest.source.Page;
import id.go.kupangkota.sasando.ingest.source.QueryOutcome;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.Source;
import id.go.kupangkota.sasando.ingest.source.SourceConfig;
import id.go.kupangkota.sasando.ingest.source.SourceContext;
import id.go.kupangkota.sasando.ingest.source.SourceException;
import id.go.kupangkota.sasando.ingest.source.SourceHarness;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.ingest.source.file.DropFolderTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import interrupted at the points the commit protocol allows (a kill while a page is mapped: landing
 * batch written, checkpoint not yet, also before the first checkpoint and with the last rejects record torn;
 * a kill after a checkpoint, before the id ledger is appended; a page limit) and resumed by a new process
 * reports what one uninterrupted import of the file reports, lands every post once, and keeps each rejected
 * row once, naming the file where it is now.
 */
class ResumedImportTest {
    @TempDir
    Path dir;

    /** Ten rows a page, a commit every two pages: a kill can fall between the pages of one commit. */
    private static final Map<String, Object> CONFIG = Map.of("enabled", true, "settle_time", "PT0S",
            "page_size", 10, "commit_every", 20);

    /** 100 posts, two broken lines (lines 16 and 48), post 5 again at line 73; posts 80-84 another file landed. */
    private static final String EXPORT = rows(0, 15) + "{\"id\": \"x\" broken\n" + rows(15, 46) + "not json\n"
            + rows(46, 70) + rows(5, 6) + rows(70, 100);

    /** A home where another export landed posts 80-84, and {@code big.jsonl} waits in the drop folder. */
    private Path home(String name) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Path other = Files.createDirectories(home.resolve("exports")).resolve("other.jsonl");
        Files.writeString(other, rows(80, 85));
        FileSource source = FileSource.forFiles(List.of(other), null);
        SourceHarness h = SourceHarness.in(home);
        source.configure(h.context("file", CONFIG, List.of(), (u, hd) -> null));
        assertThat(h.runner().importAll(source, SourceConfig.of("file", CONFIG)).written()).isEqualTo(5);
        Path drop = Files.createDirectories(home.resolve("drop")).resolve("big.jsonl");
        Files.writeString(drop, EXPORT);
        Files.setLastModifiedTime(drop, FileTime.from(Instant.now().minusSeconds(60)));
        return home;
    }

    /** A new process: a new source, runner and ledger over the home. */
    private static SourceRun poll(Path home, Source source) {
        SourceHarness h = SourceHarness.in(home);
        source.configure(h.context("file", CONFIG, List.of(), (u, hd) -> null));
        return h.runner().poll(source, SourceConfig.of("file", CONFIG));
    }

    private SourceRun freshImport() throws IOException {
        SourceRun run = poll(home("fresh"), new FileSource());
        assertThat(run.queries()).hasSize(1);
        CoverageRecord r = run.queries().get(0);
        // the file's 103 rows: 100 posts, 1 repeat, 2 rejected; 5 of the posts another file landed
        assertThat(List.of(r.fetched(), r.written(), r.duplicates(), r.rejected())).containsExactly(103L, 100L, 1L, 2L);
        assertThat(run.landedBefore()).isEqualTo(5);
        return run;
    }

    private static void assertSameSummary(SourceRun resumed, SourceRun fresh) {
        CoverageRecord r = resumed.queries().get(0);
        CoverageRecord f = fresh.queries().get(0);
        assertThat(List.of(r.fetched(), r.written(), r.duplicates(), r.rejected(), r.warnings()))
                .containsExactly(f.fetched(), f.written(), f.duplicates(), f.rejected(), f.warnings());
        assertThat(resumed.landedBefore()).isEqualTo(fresh.landedBefore());
        assertThat(r.complete()).isTrue();
    }

    private static void assertLandedOnceAndRejectsNameTheDoneFile(Path home) {
        SourceHarness h = SourceHarness.in(home);
        List<LandingRecord> landed = h.landed("file");
        assertThat(landed).hasSize(105); // posts 80-84 twice: the other file's and, updating them, this one's
        assertThat(landed).filteredOn(l -> l.query().endsWith("big.jsonl")).extracting(l -> l.post().id())
                .doesNotHaveDuplicates().hasSize(100);
        Path done = home.resolve("drop/done/big.jsonl").toAbsolutePath();
        assertThat(done).exists();
        assertThat(h.rejects("file")).extracting(RejectsWriter.Reject::query, RejectsWriter.Reject::location)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(done.toString(), "big.jsonl:16"),
                        org.assertj.core.groups.Tuple.tuple(done.toString(), "big.jsonl:48"));
    }

    @Test
    void an_import_killed_while_mapping_a_page_resumes_with_the_counts_of_one_uninterrupted_import() throws IOException {
        SourceRun fresh = freshImport();
        Path home = home("killed");
        // lines 1-30 committed (the batch reached 20 posts); lines 31-54 mapped (line 48 rejected), written to the
        // hidden landing file, their ids claimed; the kill falls on line 55, before the next checkpoint
        assertThatThrownBy(() -> poll(home, new Crashing(new FileSource(), "big.jsonl:55", -1)))
                .isInstanceOf(Kill.class);

        SourceRun resumed = poll(home, new FileSource());

        assertSameSummary(resumed, fresh);
        assertThat(resumed.landedBefore()).as("rows the killed run mapped are not 'landed before'").isEqualTo(5);
        assertLandedOnceAndRejectsNameTheDoneFile(home);
    }

    @Test
    void an_import_killed_after_a_checkpoint_before_its_ids_reach_the_ledger_resumes_the_same() throws IOException {
        SourceRun fresh = freshImport();
        Path home = home("killed-after-commit");
        // the kill falls after the commit of lines 31-60 (the third: the first names the run's rejects file),
        // before their ids are appended to the ledger
        assertThatThrownBy(() -> poll(home, new Crashing(new FileSource(), null, 3))).isInstanceOf(Kill.class);

        SourceRun resumed = poll(home, new FileSource());

        assertSameSummary(resumed, fresh);
        assertLandedOnceAndRejectsNameTheDoneFile(home);
    }

    @Test
    void an_import_killed_before_its_first_checkpoint_keeps_each_rejected_row_once() throws IOException {
        SourceRun fresh = freshImport();
        Path home = home("killed-early");
        // the kill falls on line 25: lines 1-24 mapped (line 16 rejected), the first checkpoint (after line 30) not
        // written; only the run's opening commit, which names its rejects file at length 0, is
        assertThatThrownBy(() -> poll(home, new Crashing(new FileSource(), "big.jsonl:25", -1)))
                .isInstanceOf(Kill.class);
        assertThat(rejectLines(home)).hasSize(1);

        SourceRun resumed = poll(home, new FileSource());

        assertSameSummary(resumed, fresh);
        assertLandedOnceAndRejectsNameTheDoneFile(home);
    }

    @Test
    void a_rejects_record_torn_by_a_kill_before_the_first_checkpoint_is_not_kept() throws IOException {
        SourceRun fresh = freshImport();
        Path home = home("torn-early");
        assertThatThrownBy(() -> poll(home, new Crashing(new FileSource(), "big.jsonl:25", -1)))
                .isInstanceOf(Kill.class);
        // a SIGKILL loses what the writer had not flushed: its buffer goes out in 8 KiB pieces, so the file
        // can end inside a record (here: line 16's, cut after its first 40 bytes)
        List<Path> files = rejectFiles(home);
        assertThat(files).hasSize(1);
        try (var ch = java.nio.channels.FileChannel.open(files.get(0), java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(40);
        }

        SourceRun resumed = poll(home, new FileSource());

        assertSameSummary(resumed, fresh);
        assertThat(rejectLines(home)).as("every line of the rejects a whole record").hasSize(2)
                .allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
        assertLandedOnceAndRejectsNameTheDoneFile(home);
    }

    private static List<Path> rejectFiles(Path home) throws IOException {
        try (var s = Files.walk(home.resolve("rejects"))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<String> rejectLines(Path home) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (Path f : rejectFiles(home)) {
            lines.addAll(Files.readAllLines(f));
        }
        return lines;
    }

    @Test
    void an_import_stopped_by_its_page_limit_reports_the_whole_file_when_it_ends() throws IOException {
        SourceRun fresh = freshImport();
        Path home = home("paged");
        Map<String, Object> limited = new java.util.HashMap<>(CONFIG);
        limited.put("max_pages_per_run", 7); // stops after line 70: post 5 again comes after the stop
        FileSource first = new FileSource();
        SourceHarness h = SourceHarness.in(home);
        first.configure(h.context("file", limited, List.of(), (u, hd) -> null));
        SourceRun part = h.runner().poll(first, SourceConfig.of("file", limited));
        assertThat(part.written()).isEqualTo(68);
        assertThat(part.queries().get(0).complete()).isFalse();

        SourceRun resumed = poll(home, new FileSource());

        assertSameSummary(resumed, fresh);
        assertThat(resumed.duplicates()).as("post 5, landed before the stop, comes again: not landed twice").isOne();
        assertLandedOnceAndRejectsNameTheDoneFile(home);
    }

    @Test
    void an_import_done_before_is_not_carried_into_the_next_import_of_the_same_file() throws IOException {
        Path home = home("again");
        assertThat(poll(home, new FileSource()).written()).isEqualTo(100);
        Path again = home.resolve("drop/big.jsonl");
        Files.writeString(again, EXPORT);
        Files.setLastModifiedTime(again, FileTime.from(Instant.now().minusSeconds(60)));

        SourceRun second = poll(home, new FileSource());

        assertThat(second.written()).isZero(); // "already imported": nothing new, no old counts
        assertThat(second.rejected()).isZero();
    }

    /** What a kill -9 does to the runner: everything stops at once (an Error, which the runner does not catch). */
    static final class Kill extends Error {
        Kill(String where) {
            super("killed at " + where);
        }
    }

    /** The file source, killed when it maps a row at {@code location} or after its {@code commit}th commit. */
    private static final class Crashing implements Source {
        private final FileSource source;
        private final String location;
        private final int commit;
        private int commits;

        Crashing(FileSource source, String location, int commit) {
            this.source = source;
            this.location = location;
            this.commit = commit;
        }

        @Override
        public String name() {
            return source.name();
        }

        @Override
        public void configure(SourceContext context) {
            source.configure(context);
        }

        @Override
        public List<SourceQuery> queries() {
            return source.queries();
        }

        @Override
        public Page fetch(SourceQuery query, Cursor cursor) throws SourceException {
            return source.fetch(query, cursor);
        }

        @Override
        public Mapper mapper() {
            return new Mapper() {
                @Override
                public String version() {
                    return source.mapper().version();
                }

                @Override
                public Mapped map(RawItem item, SourceQuery query) throws MappingException {
                    if (item.location().equals(location)) {
                        throw new Kill(location);
                    }
                    return source.mapper().map(item, query);
                }
            };
        }

        @Override
        public boolean collectsOnce() {
            return source.collectsOnce();
        }

        @Override
        public void committed(SourceQuery query, Cursor cursor) {
            if (++commits == commit) {
                throw new Kill("commit " + commit);
            }
            source.committed(query, cursor);
        }

        @Override
        public String finished(SourceQuery query, QueryOutcome outcome) {
            return source.finished(query, outcome);
        }
    }
}
