package id.go.kupangkota.sasando.text.bench;

import id.go.kupangkota.sasando.text.Tagger;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The tagger's time against a post's length: for each unit, one text of 1 KB, 10 KB, 100 KB and 1 MB
 * made by repeating it, tagged on one thread; prints the thread's CPU time (the best of a few tries) and
 * each step's ratio, time(10×) / time(1×), which is about 10 when the work is linear. One post of any
 * length must not hold a Spark task for minutes (EVALUATION.md, "Hostile and odd text"). The units are
 * ordinary sentences and what stresses each stage: repeated characters, marks, handles, hashtags, a long
 * URL, emoji, and the risk rules' halves, rules and stance cues. Run from the repository root with
 * {@code ./sasando bench lengths [REGEX]} (only the units whose name matches, e.g. {@code "kafir|rule"}).
 */
public final class LengthScaling {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int[] SIZES = {1_000, 10_000, 100_000, 1_000_000};

    private LengthScaling() {
    }

    public static void main(String[] args) {
        Map<String, IntFunction<String>> units = new LinkedHashMap<>();
        repeat(units, "sentences", "Air PDAM di Oebobo mati lagi sejak kemarin, katong su lapor ke kelurahan tapi"
                + " sonde ada jawaban. Jalan di Kelapa Lima rusak parah! ");
        repeat(units, "aaaa", "a");
        repeat(units, "bom", "bom ");
        repeat(units, "!!!", "!");
        repeat(units, "@a", "@a ");
        repeat(units, "#a", "#a");
        units.put("url", size -> "https://x.id/" + repeated("a", size - 13));
        repeat(units, "emoji", "\uD83D\uDE21");
        repeat(units, "styled-letters", "\uD835\uDC01\uD835\uDC28\uD835\uDC26 ");
        // words written to dodge filters are folded (text-10): one word of a megabyte, and many short ones
        repeat(units, "zero-width-word", "b\u200B");
        repeat(units, "marks", "k\u0332a\u0332f\u0332i\u0332r\u0332 ");
        repeat(units, "full-width", "\uFF42\uFF4F\uFF4D \uFF47\uFF45\uFF52\uFF45\uFF4A\uFF41 ");
        repeat(units, "hyphens", "a-");
        repeat(units, "dots", "a.");
        repeat(units, "handle-dots", "@a.b.c.d.e.f.g.h.");
        repeat(units, "rule", "katanya listrik padam seluruh kota ");
        repeat(units, "halves", "bagikan tercemar ");
        repeat(units, "kafir", "kafir dibunuh ");
        repeat(units, "cues", "cek fakta tidak benar pencegahan ");
        repeat(units, "negation", "tidak ");
        repeat(units, "hashtag-camel", "#aBaBaBaBaBaB ");
        units.put("hashtag-long", size -> "#" + repeated("aB", size - 1));

        String only = args.length > 0 ? args[0] : null;
        Tagger tagger = Tagger.shared();
        for (int i = 0; i < 3; i++) { // the JIT on an ordinary page first
            tagger.tag(units.get("sentences").apply(100_000));
        }
        System.out.println("unit: CPU ms per text of 1 KB, 10 KB, 100 KB, 1 MB (time(10x) / time(1x))");
        units.forEach((name, text) -> {
            if (only != null && !name.matches(only)) {
                return;
            }
            StringBuilder line = new StringBuilder(String.format("%-20s", name));
            double previous = 0;
            for (int size : SIZES) {
                double ms = cpuMillis(tagger, text.apply(size));
                line.append(String.format(" %9.2f", ms));
                if (previous > 0) {
                    line.append(String.format(" (x%.1f)", ms / previous));
                }
                previous = ms;
                if (ms > 20_000) {
                    line.append(" stopped: over 20 s");
                    break;
                }
            }
            System.out.println(line);
        });
    }

    private static void repeat(Map<String, IntFunction<String>> units, String name, String unit) {
        units.put(name, size -> repeated(unit, size));
    }

    private static String repeated(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, length);
    }

    /** The best of a few tries (one for the longest texts): the thread's CPU time, in ms. */
    private static double cpuMillis(Tagger tagger, String text) {
        int tries = text.length() <= 10_000 ? 5 : text.length() <= 100_000 ? 3 : 1;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < tries; i++) {
            long before = THREADS.getCurrentThreadCpuTime();
            tagger.tag(text);
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - before);
        }
        return best / 1e6;
    }
}
