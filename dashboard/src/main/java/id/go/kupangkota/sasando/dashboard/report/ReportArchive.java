package id.go.kupangkota.sasando.dashboard.report;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.go.kupangkota.sasando.core.config.SasandoSettings;
import id.go.kupangkota.sasando.core.es.SasandoIndex;
import id.go.kupangkota.sasando.dashboard.base.es.Indexes;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the reports: the PDF as {@code <sasando home>/reports/<week>.pdf} (written to a hidden
 * temporary file and renamed, so a reader never sees half a PDF) and its {@link ReportRecord} in
 * the reports index under the week's key. Generating a week again replaces both.
 */
@Repository
class ReportArchive {
    private static final int PAGE = 100;

    private final ElasticsearchClient client;
    private final String index;
    private final Path dir;

    ReportArchive(ElasticsearchClient client, Indexes indexes, SasandoSettings settings) {
        this.client = client;
        this.index = indexes.alias(SasandoIndex.REPORTS);
        this.dir = settings.home().resolve("reports");
    }

    ReportRecord store(WeeklyFigures figures, byte[] pdf, String generatedBy, Instant generatedAt) {
        ReportWeek week = figures.week();
        String file = week.key() + ".pdf";
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + week.key() + "-", ".pdf.tmp");
            Files.write(tmp, pdf);
            Files.move(tmp, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive the report of " + week + " in " + dir, e);
        }
        ReportRecord record = new ReportRecord(week.key(), week.monday(), generatedAt, generatedBy, pdf.length,
                sha256(pdf), file, List.of(), ReportRecord.KeyFigures.of(figures));
        save(record);
        return record;
    }

    void save(ReportRecord record) {
        try {
            client.index(i -> i.index(index).id(record.week()).document(record).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the report of " + record.week(), e);
        }
    }

    Optional<ReportRecord> find(ReportWeek week) {
        try {
            GetResponse<ReportRecord> response = client.get(g -> g.index(index).id(week.key()), ReportRecord.class);
            return Optional.ofNullable(response.found() ? response.source() : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report record of " + week, e);
        }
    }

    /** The newest weeks first. */
    List<ReportRecord> list(int size) {
        try {
            return client.search(s -> s.index(index).size(size)
                                    .sort(o -> o.field(f -> f.field("week_start").order(SortOrder.Desc))),
                            ReportRecord.class)
                    .hits().hits().stream().map(h -> h.source()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the archived reports", e);
        }
    }

    /**
     * The newest week up to {@code upTo} (inclusive) whose archived report is final; provisional ones are
     * passed over. Provisional is derived from the stored times ({@link ReportRecord#provisional()}), not a
     * field a query could filter on, so the records are read newest first, a page at a time, until a final
     * one: in practice the first record.
     */
    Optional<ReportWeek> newestFinal(ReportWeek upTo) {
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> from = after;
            List<Hit<ReportRecord>> hits;
            try {
                hits = client.search(s -> {
                    s.index(index).size(PAGE)
                            .query(q -> q.range(r -> r.date(d -> d.field("week_start").lte(upTo.monday().toString()))))
                            .sort(o -> o.field(f -> f.field("week_start").order(SortOrder.Desc)));
                    return from.isEmpty() ? s : s.searchAfter(from);
                }, ReportRecord.class).hits().hits();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the archived reports up to " + upTo, e);
            }
            Optional<ReportWeek> found = hits.stream().map(Hit::source).filter(r -> !r.provisional())
                    .map(ReportRecord::reportWeek).findFirst();
            if (found.isPresent() || hits.size() < PAGE) {
                return found;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /**
     * The weeks from {@code from} to {@code upTo} (inclusive) whose archived report is final, oldest first.
     * One record per week (the record's id is its week), so a range of weeks is one page.
     */
    List<ReportWeek> finalWeeks(ReportWeek from, ReportWeek upTo) {
        try {
            return client.search(s -> s.index(index).size(PAGE)
                            .query(q -> q.range(r -> r.date(d -> d.field("week_start")
                                    .gte(from.monday().toString()).lte(upTo.monday().toString()))))
                            .sort(o -> o.field(f -> f.field("week_start").order(SortOrder.Asc))),
                    ReportRecord.class).hits().hits().stream().map(Hit::source).filter(r -> !r.provisional())
                    .map(ReportRecord::reportWeek).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the archived reports from " + from + " to " + upTo, e);
        }
    }

    /** The archived PDF, or empty when the week has no report (or its file is gone). */
    Optional<byte[]> pdf(ReportWeek week) {
        try {
            return Optional.of(Files.readAllBytes(dir.resolve(week.key() + ".pdf")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the archived report of " + week, e);
        }
    }

    Path dir() {
        return dir;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
