package id.go.kupangkota.sasando.text.train;

import id.go.kupangkota.sasando.text.classify.Features;
import id.go.kupangkota.sasando.text.classify.LinearModel;
import id.go.kupangkota.sasando.text.eval.Metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Multinomial logistic regression by AdaGrad SGD over hashed feature vectors, with class weights
 * (rare classes such as SmSA's "neutral" count more, which is what macro-F1 rewards) and early
 * stopping: after every epoch the model is scored on dev data and the best epoch is kept.
 */
final class LogisticRegressionTrainer {
    private final List<String> labels;
    private final int bits;
    private final double learningRate;
    private final int maxEpochs;
    private final Loss loss;

    LogisticRegressionTrainer(List<String> labels, int bits, double learningRate, int maxEpochs) {
        this(labels, bits, learningRate, maxEpochs, Loss.DEFAULT);
    }

    LogisticRegressionTrainer(List<String> labels, int bits, double learningRate, int maxEpochs, Loss loss) {
        this.labels = labels;
        this.bits = bits;
        this.learningRate = learningRate;
        this.maxEpochs = maxEpochs;
        this.loss = loss;
    }

    /**
     * How each row's loss is weighed: {@code classWeightPower} p gives label c the weight
     * (n / (K * count(c)))^p (0 = none, 1 = fully balanced); {@code l2} adds l2 * w to the gradient of
     * each weight a row touches.
     */
    record Loss(double classWeightPower, double l2) {
        static final Loss DEFAULT = new Loss(0.5, 0);
    }

    /** The best epoch's model and its dev score. */
    record Result(LinearModel model, int epoch, double devScore) {
    }

    /** Trains on {@code xs}/{@code ys}; {@code devScore} rates a snapshot (higher is better). */
    Result train(List<Features.Vector> xs, int[] ys, ToDoubleFunction<LinearModel> devScore, Consumer<String> log) {
        return train(xs, ys, null, devScore, log);
    }

    /** As above, each row's loss times its {@code rowWeights} entry (all 1 when null). */
    Result train(List<Features.Vector> xs, int[] ys, double[] rowWeights, ToDoubleFunction<LinearModel> devScore,
                 Consumer<String> log) {
        Result[] best = {null};
        int[] epoch = {0};
        fit(xs, ys, rowWeights, maxEpochs, snapshot -> {
            epoch[0]++;
            double score = devScore.applyAsDouble(snapshot);
            log.accept(String.format("epoch %d: dev score %.4f", epoch[0], score));
            if (best[0] == null || score > best[0].devScore()) {
                best[0] = new Result(snapshot, epoch[0], score);
            }
        });
        return best[0];
    }

    /**
     * The model after all the epochs on {@code xs}/{@code ys}, with no dev set: for training once
     * more on train and dev together, for as many epochs as dev chose.
     */
    LinearModel trainAll(List<Features.Vector> xs, int[] ys) {
        return trainAll(xs, ys, null);
    }

    /** As above, each row's loss times its {@code rowWeights} entry (all 1 when null). */
    LinearModel trainAll(List<Features.Vector> xs, int[] ys, double[] rowWeights) {
        LinearModel[] last = {null};
        fit(xs, ys, rowWeights, maxEpochs, snapshot -> last[0] = snapshot);
        return last[0];
    }

    /** AdaGrad SGD for {@code epochs} epochs, a snapshot of the weights after each. */
    private void fit(List<Features.Vector> xs, int[] ys, double[] rowWeights, int epochs,
                     Consumer<LinearModel> afterEpoch) {
        int k = labels.size();
        float[] w = new float[k << bits];
        float[] g2 = new float[k << bits];
        float[] bias = new float[k];
        double[] classWeight = classWeights(ys, k, loss.classWeightPower());
        double l2 = loss.l2();
        Random random = new Random(17);
        int[] order = new int[xs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        LinearModel live = new LinearModel(labels, bits, w, bias); // a view on the weights being trained
        for (int epoch = 1; epoch <= epochs; epoch++) {
            shuffle(order, random);
            for (int i : order) {
                Features.Vector x = xs.get(i);
                double[] p = live.probabilities(x);
                float v = x.value();
                double rowWeight = rowWeights == null ? 1 : rowWeights[i];
                for (int c = 0; c < k; c++) {
                    double grad = (p[c] - (ys[i] == c ? 1 : 0)) * classWeight[ys[i]] * rowWeight;
                    bias[c] -= (float) (learningRate * 0.1 * grad);
                    for (int index : x.indexes()) {
                        int at = index * k + c;
                        double g = l2 == 0 ? grad * v : grad * v + l2 * w[at];
                        g2[at] += (float) (g * g);
                        w[at] -= (float) (learningRate * g / (Math.sqrt(g2[at]) + 1e-8));
                    }
                }
            }
            afterEpoch.accept(new LinearModel(labels, bits, w.clone(), bias.clone()));
        }
    }

    /** Macro-F1 over {@code labels}, each prediction the model's best among them. */
    static double macroF1(LinearModel model, List<Features.Vector> xs, List<String> gold, List<String> labels) {
        List<String> predicted = new ArrayList<>();
        for (Features.Vector x : xs) {
            predicted.add(model.bestOf(x, labels));
        }
        return Metrics.macroF1(gold, predicted, labels);
    }

    private static double[] classWeights(int[] ys, int k, double power) {
        double[] count = new double[k];
        for (int y : ys) {
            count[y]++;
        }
        double[] weight = new double[k];
        for (int c = 0; c < k; c++) {
            double balance = ys.length / (k * Math.max(1, count[c]));
            // the square root by its own call, so the default weights stay the very doubles they were
            weight[c] = power == 0.5 ? Math.sqrt(balance) : Math.pow(balance, power);
        }
        return weight;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
