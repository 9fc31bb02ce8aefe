package id.go.kupangkota.sasando.text.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Classification scores: macro-F1 for single-label sets, precision/recall counts for risk alerts. */
public final class Metrics {
    private Metrics() {
    }

    /** Macro-averaged F1 over {@code labels} of predictions against gold (same order). */
    public static double macroF1(List<String> gold, List<String> predicted, List<String> labels) {
        double sum = 0;
        for (String label : labels) {
            Counts c = new Counts();
            for (int i = 0; i < gold.size(); i++) {
                c.add(gold.get(i).equals(label), predicted.get(i).equals(label));
            }
            sum += c.f1();
        }
        return sum / labels.size();
    }

    /** Resamples of a bootstrap interval: enough for two stable decimals at the 95 % ends. */
    static final int RESAMPLES = 2000;

    /**
     * A 95 % percentile-bootstrap interval of {@link #macroF1}: the test posts are drawn again with
     * replacement, {@link #RESAMPLES} times, and the middle 95 % of the scores is the interval. It says
     * how far the figure could move on another sample of as many posts from the same source: on a
     * thousand posts, about two points either way. Seeded, so a report is reproducible.
     */
    public static Interval macroF1Interval(List<String> gold, List<String> predicted, List<String> labels) {
        int n = gold.size();
        int k = labels.size();
        // per post: gold and predicted label numbers (-1 for a label outside the list)
        int[] g = new int[n];
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = labels.indexOf(gold.get(i));
            p[i] = labels.indexOf(predicted.get(i));
        }
        SplittableRandom random = new SplittableRandom(20241129L);
        double[] scores = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            int[] tp = new int[k];
            int[] fp = new int[k];
            int[] fn = new int[k];
            for (int j = 0; j < n; j++) {
                int i = random.nextInt(n);
                if (g[i] == p[i]) {
                    if (g[i] >= 0) {
                        tp[g[i]]++;
                    }
                    continue;
                }
                if (p[i] >= 0) {
                    fp[p[i]]++;
                }
                if (g[i] >= 0) {
                    fn[g[i]]++;
                }
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += tp[c] == 0 ? 0 : 2.0 * tp[c] / (2.0 * tp[c] + fp[c] + fn[c]);
            }
            scores[r] = sum / k;
        }
        Arrays.sort(scores);
        return new Interval(scores[(int) (RESAMPLES * 0.025)], scores[(int) (RESAMPLES * 0.975) - 1]);
    }

    /** A range a score plausibly lies in. */
    public record Interval(double low, double high) {
        public boolean contains(double value) {
            return low <= value && value <= high;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "95 %% CI %.3f–%.3f", low, high);
        }
    }

    public static double accuracy(List<String> gold, List<String> predicted) {
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).equals(predicted.get(i))) {
                right++;
            }
        }
        return gold.isEmpty() ? 0 : (double) right / gold.size();
    }

    /** True/false positives and false negatives of one binary decision. */
    public static final class Counts {
        private int tp;
        private int fp;
        private int fn;
        private int n;

        public void add(boolean actual, boolean predicted) {
            n++;
            if (actual && predicted) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            }
        }

        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        public double f1() {
            return fBeta(1);
        }

        /** F-beta: beta below 1 weighs precision more (0.5: twice as much), 0 when nothing was found. */
        public double fBeta(double beta) {
            double p = tp + fp == 0 ? 0 : precision();
            double r = tp + fn == 0 ? 0 : recall();
            double b2 = beta * beta;
            return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
        }

        public int truePositives() {
            return tp;
        }

        public int predictedPositives() {
            return tp + fp;
        }

        public int actualPositives() {
            return tp + fn;
        }

        public int total() {
            return n;
        }
    }
}
