package id.go.kupangkota.sasando.text.eval;

import java.util.List;

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
            double p = tp + fp == 0 ? 0 : precision();
            double r = tp + fn == 0 ? 0 : recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
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
