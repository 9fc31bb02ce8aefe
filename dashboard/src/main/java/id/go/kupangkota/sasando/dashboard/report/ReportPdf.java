package id.go.kupangkota.sasando.dashboard.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a week's figures as the leadership PDF (A4, OpenPDF). Text uses the standard Helvetica,
 * which covers Indonesian (Latin script) without shipping a font file. Charts are drawn by
 * JFreeChart through OpenPDF's {@code Graphics2D} into form XObjects: vector paths and text, no
 * raster images, so they stay sharp when printed and small in the file.
 */
@Component
class ReportPdf {
    private static final float CHART_HEIGHT = 190f;
    /** How many of the issues table's rows stay with its heading, under the table's header. */
    private static final int ISSUES_FIRST_ROWS = 3;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final Color RULE = new Color(0xdd, 0xdd, 0xdd);
    private static final Color HEADER_BACKGROUND = new Color(0xee, 0xf2, 0xf6);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, INK);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 10, Font.NORMAL, MUTED);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, new Color(0x1f, 0x5f, 0x99));
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);
    private static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);
    private static final Font CELL_HEAD = new Font(Font.HELVETICA, 9, Font.BOLD, INK);
    private static final Color WARNING_INK = new Color(0x9a, 0x3b, 0x00);
    private static final Color WARNING_BACKGROUND = new Color(0xfd, 0xf1, 0xe0);
    private static final Font WARNING = new Font(Font.HELVETICA, 11, Font.BOLD, WARNING_INK);
    private static final Font WARNING_NOTE = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);

    private final Translations translations;

    ReportPdf(Translations translations) {
        this.translations = translations;
    }

    byte[] render(WeeklyFigures f, Instant generatedAt, Locale locale) {
        ReportWording words = new ReportWording(translations, locale);
        ReportCharts charts = new ReportCharts(words);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // charts stay where the text refers to them, even when one moves to the next page
            writer.setStrictImageSequence(true);
            writer.setPageEvent(new Footer(words, f.week()));
            document.addTitle(words.text("report.pdf.title") + " " + f.week().key());
            document.addAuthor("Sasando");
            document.addCreator("Sasando");
            document.open();

            document.add(new Paragraph(words.text("report.pdf.title"), TITLE));
            document.add(new Paragraph(words.text("report.pdf.subtitle", f.week().key(), words.period(f.week()),
                    DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", words.locale()).withZone(Wita.ZONE)
                            .format(generatedAt)), SUBTITLE));
            if (f.provisional()) {
                document.add(provisionalNotice(f, words));
            }

            heading(document, words.text("report.pdf.summary"));
            document.add(paragraph(words.summary(f)));

            heading(document, words.text("report.pdf.numbers"));
            document.add(keyNumbers(f, words));
            document.add(changeNote(f, words, "report.pdf.numbers.note"));

            chartSection(document, writer, words.text("report.pdf.chart.volume"), charts.dailyVolume(f),
                    f.provisional() ? List.of(new Paragraph(words.text("report.pdf.chart.partial",
                            words.date(Wita.day(f.cutoff())), words.time(f.cutoff())), SMALL)) : List.of());
            chartSection(document, writer, words.text("report.pdf.chart.sentiment"), charts.dailySentiment(f),
                    List.of());

            // a topic count is talk about the subject (news, campaigns, fact-checks too), not flagged posts:
            // the table says both, and the note says what each is
            keepWithTable(document, writer, topics(f, words), ISSUES_FIRST_ROWS,
                    heading(words.text("report.pdf.issues")), paragraph(words.text("report.pdf.issues.note")));
            document.add(hashtags(f, words));

            // how many posts name a place at all: the bars are of those, not of the whole week
            long placed = f.current().kecamatan().values().stream().mapToLong(Long::longValue).sum();
            chartSection(document, writer, words.text("report.pdf.kecamatan"), charts.kecamatan(f),
                    List.of(new Paragraph(words.text("report.pdf.kecamatan.note", words.count(placed),
                            words.count(f.current().posts()), words.percent(f.current().posts() == 0 ? 0
                                    : 100.0 * placed / f.current().posts())), SMALL)));

            together(document, heading(words.text("report.pdf.risk")), paragraph(words.text("report.pdf.risk.note")),
                    chart(document, writer, charts.riskByCategory(f)));
            // page 3 is far from the key numbers' note: the change column says again what it means (this
            // table has no shares in brackets, so not that part)
            together(document, risks(f, words), changeNote(f, words, "report.pdf.risk.change.note"));

            List<Element> coverage = new ArrayList<>();
            coverage.add(heading(words.text("report.pdf.coverage")));
            if (f.caveats().isEmpty()) {
                coverage.add(paragraph(words.text(f.provisional() ? "report.pdf.coverage.none.provisional"
                        : "report.pdf.coverage.none")));
            } else {
                for (CoverageCaveat caveat : f.caveats()) {
                    coverage.add(paragraph("• " + words.caveat(caveat)));
                }
            }
            for (String sentence : words.sources(f)) {
                coverage.add(paragraph(sentence));
            }
            // the caveats are a few sentences: split over two pages, page 4 held one of them alone
            together(document, coverage.toArray(Element[]::new));
            document.add(new Paragraph(words.text("report.pdf.method"), SMALL));
            // leadership asks "how do you know?": EvaluationFloorTest keeps this claim true
            document.add(new Paragraph(words.text("report.pdf.method.sentiment"), SMALL));
            document.add(new Paragraph(words.text("report.pdf.method.risk"), SMALL));
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the report PDF of " + f.week(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        document.add(heading(text));
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph(text, BODY);
        p.setLeading(14);
        p.setSpacingAfter(4);
        return p;
    }

    /** A heading, its chart and the chart's notes, moved together to the next page when they do not fit. */
    private static void chartSection(Document document, PdfWriter writer, String title, JFreeChart chart,
                                     List<Paragraph> notes) {
        List<Element> section = new ArrayList<>();
        section.add(heading(title));
        section.add(chart(document, writer, chart));
        section.addAll(notes);
        together(document, section.toArray(Element[]::new));
    }

    /**
     * Elements that read as one (a chart and its note, a short section's heading and its text), kept on
     * one page: OpenPDF moves a keep-together table whole to the next page when it does not fit, so they
     * go in one borderless cell of one.
     */
    private static void together(Document document, Element... elements) {
        document.add(block(elements));
    }

    /** The elements in one borderless cell of a keep-together table (see {@link #together}). */
    private static PdfPTable block(Element... elements) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        for (Element element : elements) {
            cell.addElement(element);
        }
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        // a cell drops its first paragraph's space before: the block keeps it, so a heading stands apart as elsewhere
        if (elements.length > 0 && elements[0] instanceof Paragraph first) {
            block.setSpacingBefore(first.getSpacingBefore());
        }
        block.addCell(cell);
        return block;
    }

    /**
     * A long table and what introduces it (its heading, a note): the introduction goes to the next page with
     * the table unless the table's header and first {@code rows} rows fit under it on this page. OpenPDF
     * moves a table whose header and first row do not fit, but not the paragraphs before it, so a heading
     * could end a page alone; {@link #together} would move the whole table, leaving most of a page blank.
     */
    private static void keepWithTable(Document document, PdfWriter writer, PdfPTable table, int rows,
                                      Element... introduction) {
        PdfPTable intro = block(introduction);
        float width = document.right() - document.left();
        intro.setTotalWidth(width);
        table.setTotalWidth(width * table.getWidthPercentage() / 100);
        float needed = intro.spacingBefore() + intro.getTotalHeight() + table.spacingBefore();
        int last = Math.min(table.size(), table.getHeaderRows() + rows);
        for (int row = 0; row < last; row++) {
            needed += table.getRowHeight(row);
        }
        if (writer.getVerticalPosition(true) - needed < document.bottom()) {
            document.newPage();
        }
        document.add(intro);
        document.add(table);
    }

    /** Draws the chart as vector graphics into a template, to be placed like an image (a form XObject). */
    private static Image chart(Document document, PdfWriter writer, JFreeChart chart) {
        float width = document.right() - document.left();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, CHART_HEIGHT);
        Graphics2D g = template.createGraphics(width, CHART_HEIGHT, new DefaultFontMapper());
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, CHART_HEIGHT));
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    /** A boxed warning under the title: the week is not over, the numbers may change, and what they compare with. */
    private static PdfPTable provisionalNotice(WeeklyFigures f, ReportWording w) {
        Paragraph text = new Paragraph(w.provisional(f), WARNING);
        text.add(new Chunk(" " + w.provisionalComparison(f), WARNING_NOTE));
        PdfPCell cell = new PdfPCell();
        cell.addElement(text);
        cell.setBackgroundColor(WARNING_BACKGROUND);
        cell.setBorderColor(WARNING_INK);
        cell.setBorderWidth(1.5f);
        cell.setPadding(8);
        cell.setPaddingTop(4);
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(10);
        box.addCell(cell);
        return box;
    }

    /** "Minggu laporan" over the week's dates: a column of numbers says which days it counts. */
    private static String currentColumn(WeeklyFigures f, ReportWording w) {
        return w.text("report.pdf.col.current") + "\n" + w.period(f.week());
    }

    /**
     * "Minggu sebelumnya" over that week's dates, or "Minggu lalu (rentang sama)" when a provisional week
     * is compared with the same span (its notice under the title gives the span to the minute).
     */
    private static String previousColumn(WeeklyFigures f, ReportWording w) {
        return f.provisional() ? w.text("report.pdf.col.previous.provisional")
                : w.text("report.pdf.col.previous") + "\n" + w.period(f.week().previous());
    }

    /** What the change column means, under every table that compares weeks. */
    /** What a change column means: the note {@code key}, or its {@code .provisional} form for a week not over. */
    private static Paragraph changeNote(WeeklyFigures f, ReportWording w, String key) {
        return new Paragraph(w.text(f.provisional() ? key + ".provisional" : key), SMALL);
    }

    private static PdfPTable keyNumbers(WeeklyFigures f, ReportWording w) {
        WeeklyFigures.Period now = f.current();
        WeeklyFigures.Period before = f.previous();
        PdfPTable table = table(new float[]{4, 2, 2, 1.5f},
                w.text("report.pdf.col.indicator"), currentColumn(f, w),
                previousColumn(f, w), w.text("report.pdf.col.change"));
        row(table, w.text("report.pdf.row.posts"), w.count(now.posts()), w.count(before.posts()),
                w.change(f.postsChangePercent()));
        for (String code : Vocabulary.SENTIMENTS) {
            row(table, w.text("report.pdf.row.sentiment", w.label("sentiment", code).toLowerCase(w.locale())),
                    w.count(now.sentimentCount(code)) + " (" + w.percent(now.sentimentPercent(code)) + ")",
                    w.count(before.sentimentCount(code)) + " (" + w.percent(before.sentimentPercent(code)) + ")",
                    w.change(WeeklyFigures.changePercent(now.sentimentCount(code), before.sentimentCount(code))));
        }
        row(table, w.text("report.pdf.row.flagged"), w.count(now.flagged()), w.count(before.flagged()),
                w.change(WeeklyFigures.changePercent(now.flagged(), before.flagged())));
        // the flagged posts split by triage state, indented under their total: the rows add up to it
        Map<String, Long> statesNow = now.triageStates();
        Map<String, Long> statesBefore = before.triageStates();
        Set<String> states = new LinkedHashSet<>(statesNow.keySet());
        states.addAll(statesBefore.keySet());
        for (String state : states) {
            long n = statesNow.getOrDefault(state, 0L);
            long b = statesBefore.getOrDefault(state, 0L);
            PdfPCell label = cell(w.triageRow(state), CELL, false);
            label.setPaddingLeft(16);
            table.addCell(label);
            numbers(table, w.count(n), w.count(b), w.change(WeeklyFigures.changePercent(n, b)));
        }
        return table;
    }

    /**
     * Posts that talk about each topic against the week before, and how many of the reported week's were
     * flagged: "Terorisme 43" beside a risk table's "Terorisme 0" asked "is there terrorism or not?", when
     * the 43 were news, campaigns and rebuttals. Two header rows, as in the risk table: "Dibicarakan" over
     * the weeks' counts, "Ditandai berisiko" over the flagged ones.
     */
    private static PdfPTable topics(WeeklyFigures f, ReportWording w) {
        PdfPTable table = groupedTable(f, w, new float[]{3, 2, 2, 1.5f, 1.5f}, w.text("report.pdf.col.topic"),
                w.text("report.pdf.col.talked"), w.text("report.pdf.row.flagged"));
        if (f.current().topics().isEmpty()) {
            empty(table, w.text("report.pdf.none"));
        }
        for (Map.Entry<String, Long> topic : f.current().topics().entrySet()) {
            long before = f.previous().topics().getOrDefault(topic.getKey(), 0L);
            row(table, w.label("topic", topic.getKey()), w.count(topic.getValue()), w.count(before),
                    w.change(WeeklyFigures.changePercent(topic.getValue(), before)),
                    w.count(f.current().flaggedByTopic().getOrDefault(topic.getKey(), 0L)));
        }
        return table;
    }

    private static PdfPTable hashtags(WeeklyFigures f, ReportWording w) {
        PdfPTable table = table(new float[]{4, 2}, w.text("report.pdf.col.hashtag"), w.text("report.pdf.col.current"));
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(8);
        if (f.current().hashtags().isEmpty()) {
            empty(table, w.text("report.pdf.none"));
        }
        f.current().hashtags().forEach((tag, n) -> row(table, "#" + tag, w.count(n)));
        return table;
    }

    /**
     * Flagged posts per category against the week before, as the key numbers compare weeks, and what
     * analysts confirmed of the reported week's flags. Two header rows: "Ditandai berisiko" over its
     * three columns, so each week's column is named as in the other tables.
     */
    private static PdfPTable risks(WeeklyFigures f, ReportWording w) {
        PdfPTable table = groupedTable(f, w, new float[]{3, 2, 2, 1.5f, 1.5f}, w.text("report.pdf.col.category"),
                w.text("report.pdf.row.flagged"), w.text("report.pdf.row.confirmed"));
        for (String code : Vocabulary.RISK_CATEGORIES) {
            long now = f.current().flaggedByRisk().getOrDefault(code, 0L);
            long before = f.previous().flaggedByRisk().getOrDefault(code, 0L);
            row(table, w.label("risk", code), w.count(now), w.count(before),
                    w.change(WeeklyFigures.changePercent(now, before)),
                    w.count(f.current().confirmedByRisk().getOrDefault(code, 0L)));
        }
        return table;
    }

    /**
     * A table of five columns under two header rows: the first column's name; {@code compared} over the
     * reported week, the week before and the change; {@code extra} over the reported week alone (a sixth and
     * seventh column would not fit A4 at this size).
     */
    private static PdfPTable groupedTable(WeeklyFigures f, ReportWording w, float[] widths, String first,
                                          String compared, String extra) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(2);
        PdfPCell name = header(first, false);
        name.setRowspan(2);
        table.addCell(name);
        PdfPCell group = header(compared, true);
        group.setColspan(3);
        group.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(group);
        table.addCell(header(extra, true));
        table.addCell(header(currentColumn(f, w), true));
        table.addCell(header(previousColumn(f, w), true));
        table.addCell(header(w.text("report.pdf.col.change"), true));
        table.addCell(header(w.text("report.pdf.col.current"), true));
        return table;
    }

    private static PdfPCell header(String text, boolean number) {
        PdfPCell cell = cell(text, CELL_HEAD, number);
        cell.setBackgroundColor(HEADER_BACKGROUND);
        return cell;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (int i = 0; i < headers.length; i++) {
            table.addCell(header(headers[i], i > 0));
        }
        return table;
    }

    private static void row(PdfPTable table, String... values) {
        for (int i = 0; i < values.length; i++) {
            table.addCell(cell(values[i], CELL, i > 0));
        }
    }

    private static void numbers(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(cell(value, CELL, true));
        }
    }

    private static void empty(PdfPTable table, String text) {
        PdfPCell cell = cell(text, CELL, false);
        cell.setColspan(table.getNumberOfColumns());
        table.addCell(cell);
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    /** "Sasando · Laporan 2024-W28 · halaman 2" at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final ReportWording words;
        private final ReportWeek week;

        Footer(ReportWording words, ReportWeek week) {
            this.words = words;
            this.week = week;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            Phrase footer = new Phrase(new Chunk(words.text("report.pdf.footer", week.key(),
                    Integer.toString(writer.getPageNumber())), SMALL));
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer,
                    (page.getLeft() + page.getRight()) / 2, page.getBottom() + 30, 0);
        }
    }
}
