package id.go.kupangkota.sasando.dashboard.report;

import id.go.kupangkota.sasando.core.post.Vocabulary;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.dashboard.base.ui.Labels;
import id.go.kupangkota.sasando.dashboard.base.ui.Translations;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words and numbers of a report in one language (Indonesian for leadership): texts from the
 * translation bundles ({@code report.*} keys), vocabulary labels, numbers as Indonesians write them
 * ({@code 1.234}, {@code 12,5%}), and the summary paragraph generated from the figures.
 */
final class ReportWording {
    private final Translations translations;
    private final Locale locale;
    private final NumberFormat integers;
    private final NumberFormat decimals;

    ReportWording(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = Translations.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Translations.ENGLISH : Locale.forLanguageTag("id-ID");
        this.integers = NumberFormat.getIntegerInstance(this.locale);
        this.decimals = NumberFormat.getNumberInstance(this.locale);
        decimals.setMinimumFractionDigits(1);
        decimals.setMaximumFractionDigits(1);
    }

    /** A translated text; arguments are already formatted strings, so MessageFormat adds no formatting. */
    String text(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    /** The label of a vocabulary code ({@code risk.hoaks} -> "Hoaks"); the code itself when it has none. */
    String label(String kind, String code) {
        return Labels.of(kind + ".", code, locale);
    }

    String count(long n) {
        return integers.format(n);
    }

    String percent(double p) {
        return decimals.format(p) + "%";
    }

    /** Signed change in percent, or a dash when last week had nothing to compare with. */
    String change(Double percent) {
        if (percent == null) {
            return "–";
        }
        String sign = percent > 0.05 ? "+" : percent < -0.05 ? "-" : "±";
        return sign + percent(Math.abs(percent));
    }

    /** "8–14 Juli 2024", "29 Juli – 4 Agustus 2024". */
    String period(ReportWeek week) {
        return period(week, locale);
    }

    static String period(ReportWeek week, Locale locale) {
        LocalDate from = week.monday();
        LocalDate to = week.sunday();
        if (from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + date(to, locale);
        }
        // the year once when both ends share it: "30 November 2026 – 6 Desember 2026" was cut short in
        // Laporan's week picker and wrapped in its archive
        if (from.getYear() == to.getYear()) {
            return from.format(DateTimeFormatter.ofPattern("d MMMM", locale)) + " – " + date(to, locale);
        }
        return date(from, locale) + " – " + date(to, locale);
    }

    /** "8 Juli 2024". */
    String date(LocalDate day) {
        return date(day, locale);
    }

    static String date(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /** "Sen 8/7": short enough for a chart axis. */
    String shortDay(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " " + day.getDayOfMonth() + "/"
                + day.getMonthValue();
    }

    /** "8, 9 dan 12 Juli 2024" style list of days, compact for a caveat sentence. */
    String days(List<LocalDate> days) {
        List<String> names = days.stream().map(this::date).toList();
        return joinAnd(names);
    }

    /**
     * What each source brought in the week, every source named even with nothing ("Unggahan per
     * sumber: Impor berkas 3.740, X 0 dan Portal berita (RSS) 0."), and which brought nothing: a quiet
     * source must not read as a quiet city.
     */
    List<String> sources(WeeklyFigures f) {
        Map<String, Long> counts = new LinkedHashMap<>(f.current().sources());
        Vocabulary.SOURCES.forEach(s -> counts.putIfAbsent(s, 0L));
        List<String> sentences = new ArrayList<>();
        sentences.add(text("report.pdf.coverage.sources", joinAnd(counts.entrySet().stream()
                .map(e -> label("source", e.getKey()) + " " + count(e.getValue())).toList())));
        List<String> none = counts.entrySet().stream().filter(e -> e.getValue() == 0)
                .map(e -> label("source", e.getKey())).toList();
        if (!none.isEmpty()) {
            sentences.add(text("report.pdf.coverage.sources.none", joinAnd(none)));
        }
        return sentences;
    }

    String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text("report.and") + " "
                + items.get(items.size() - 1);
    }

    /**
     * The opening paragraph: volume and its change, sentiment, risk, main issues, coverage. A
     * provisional week says its numbers run "until this report was made" and compares them with the
     * same span of last week.
     */
    String summary(WeeklyFigures f) {
        WeeklyFigures.Period now = f.current();
        WeeklyFigures.Period before = f.previous();
        String so = f.provisional() ? ".provisional" : "";
        List<String> sentences = new ArrayList<>();
        // a final report names its week: read on Monday, "this week" and "last week" meant the wrong ones
        String week = period(f.week());
        if (now.posts() == 0) {
            sentences.add(text("report.summary.empty" + so, week));
        } else {
            Double change = f.postsChangePercent();
            String posts = count(now.posts());
            if (change == null) {
                sentences.add(text("report.summary.volume.new" + so, posts, week));
            } else if (Math.abs(change) < 0.05) {
                sentences.add(text("report.summary.volume.same" + so, posts, week));
            } else {
                sentences.add(text((change > 0 ? "report.summary.volume.up" : "report.summary.volume.down") + so,
                        posts, percent(Math.abs(change)), count(before.posts()), week));
            }
            sentences.add(sentiment(f));
            sentences.add(risk(now));
            if (!now.topics().isEmpty()) {
                sentences.add(text("report.summary.issues", joinAnd(top(now.topics(), 3).stream()
                        .map(code -> label("topic", code).toLowerCase(locale)).toList())));
            }
        }
        if (!f.caveats().isEmpty()) {
            sentences.add(text("report.summary.coverage",
                    joinAnd(f.caveats().stream().map(c -> label("source", c.source())).toList())));
        }
        return String.join(" ", sentences);
    }

    /**
     * The shares of negative and positive posts, each one's change from the week before in points, and the
     * topic with the most negative posts: "Sentimen negatif 33,3% dari seluruh unggahan, naik 8,3 poin dari
     * minggu sebelumnya (25,0%); sentimen positif 16,7%, turun 8,3 poin. Unggahan negatif terbanyak
     * membicarakan layanan publik (3 unggahan)."
     */
    String sentiment(WeeklyFigures f) {
        WeeklyFigures.Period now = f.current();
        WeeklyFigures.Period before = f.previous();
        double negative = share(now, "negative");
        double positive = share(now, "positive");
        String sentence = before.posts() == 0
                ? text("report.summary.sentiment.new", percent(negative), percent(positive))
                : text("report.summary.sentiment" + (f.provisional() ? ".provisional" : ""), percent(negative),
                        points(negative - share(before, "negative")), percent(share(before, "negative")),
                        percent(positive), points(positive - share(before, "positive")));
        return now.negativeByTopic().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue()) // the first of equals: the topic most talked about
                .map(e -> sentence + " " + text("report.summary.sentiment.topic",
                        label("topic", e.getKey()).toLowerCase(locale), count(e.getValue())))
                .orElse(sentence);
    }

    /** A sentiment's share rounded as {@link #percent} writes it, so the points are the difference a reader sees. */
    private static double share(WeeklyFigures.Period p, String sentiment) {
        return Math.round(p.sentimentPercent(sentiment) * 10) / 10.0;
    }

    /** A change of a share: "naik 8,3 poin", "turun 0,5 poin", "tidak berubah". */
    String points(double change) {
        if (Math.abs(change) < 0.05) {
            return text("report.points.same");
        }
        return text(change > 0 ? "report.points.up" : "report.points.down", decimals.format(Math.abs(change)));
    }

    /**
     * The flagged posts and what analysts made of them, every triage state that has posts, so the
     * parts add up to the total: "5 unggahan ditandai berisiko: 2 dikonfirmasi analis sebagai risiko,
     * 1 dinyatakan alarm palsu dan 2 belum ditinjau." States without posts are left out.
     */
    String risk(WeeklyFigures.Period p) {
        if (p.flagged() == 0) {
            return text("report.summary.risk.none");
        }
        List<Map.Entry<String, Long>> parts = p.triageStates().entrySet().stream()
                .filter(e -> e.getValue() > 0).toList();
        if (parts.size() == 1) {
            String state = triageState(parts.get(0).getKey());
            return p.flagged() == 1 ? text("report.summary.risk.one", count(1), state)
                    : text("report.summary.risk.all", count(p.flagged()), state);
        }
        return text("report.summary.risk.parts", count(p.flagged()), joinAnd(parts.stream()
                .map(e -> text("report.summary.risk.part", count(e.getValue()), triageState(e.getKey())))
                .toList()));
    }

    /** What a triage state did to a post, as the end of a sentence: "dinyatakan alarm palsu". */
    private String triageState(String code) {
        String state = translations.getTranslation("report.triage." + code, locale);
        return state.startsWith("!") ? text("report.triage.other", label("triage", code)) : state;
    }

    /** The key-number row of a triage state: "Alarm palsu menurut analis". */
    String triageRow(String code) {
        String row = translations.getTranslation("report.pdf.row." + code, locale);
        return row.startsWith("!") ? text("report.pdf.row.other", label("triage", code)) : row;
    }

    /**
     * The warning a provisional report opens with: "Laporan sementara: minggu ini belum selesai (dibuat
     * Minggu 29/11/2026 21:06 WITA). Angka dapat berubah."
     */
    String provisional(WeeklyFigures f) {
        return text("report.provisional", dateTime(f.cutoff()));
    }

    /** What a provisional report compares with: last week from its Monday to the same weekday and time. */
    String provisionalComparison(WeeklyFigures f) {
        return text("report.provisional.comparison", dateTime(f.week().previous().start()),
                dateTime(f.previousCutoff()));
    }

    /** "Minggu 29/11/2026 21:06", in WITA. */
    String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy HH:mm", locale).withZone(Wita.ZONE).format(instant);
    }

    /** "21:06", in WITA. */
    String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).withZone(Wita.ZONE).format(instant);
    }

    /**
     * One coverage caveat as a sentence: "Data X tidak lengkap pada ...: 2 pengambilan gagal, ...", or,
     * for a source that did not run, when it last did.
     */
    String caveat(CoverageCaveat c) {
        if (c.lastRunBefore() != null) {
            return text("report.caveat.silent", label("source", c.source()), date(Wita.day(c.lastRunBefore())));
        }
        List<String> what = new ArrayList<>();
        if (c.failedRuns() > 0) {
            what.add(text("report.caveat.failed", count(c.failedRuns())));
        }
        if (c.partialRuns() > 0) {
            what.add(text("report.caveat.partial", count(c.partialRuns())));
        }
        if (c.gaps() > 0) {
            what.add(text("report.caveat.gaps", count(c.gaps())));
        }
        if (c.rateLimitWaits() > 0) {
            what.add(text("report.caveat.waits", count(c.rateLimitWaits())));
        }
        return text("report.caveat", label("source", c.source()), days(c.days()), String.join(", ", what));
    }

    static List<String> top(Map<String, Long> counts, int n) {
        return counts.keySet().stream().limit(n).collect(Collectors.toList());
    }

    Locale locale() {
        return locale;
    }
}
