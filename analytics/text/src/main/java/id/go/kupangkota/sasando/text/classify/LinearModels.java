package id.go.kupangkota.sasando.text.classify;

import java.util.Arrays;
import java.util.List;

/**
 * Models read back over the same hashed features (the tagger's sentiment, emotion and intolerance
 * models), scored in one pass: their weights interleaved bucket by bucket, so that one feature's
 * weights for every label of every model lie side by side in memory.
 *
 * <p>Why: a post has about 250 features, each a random lookup in tables of megabytes, and the
 * lookups, not the arithmetic, were most of the models' cost (a third of the tagger's time). Three
 * separate tables cost three cache misses per feature; one interleaved table costs one. On the
 * benchmark's posts the three models took about 9–13 µs a post separately and 5–7 µs together.
 *
 * <p>Each model's probabilities are exactly its own {@link LinearModel#probabilities}: the same
 * weights, added in the same order, in the same precision. Immutable and thread-safe.
 */
public final class LinearModels {
    private final List<LinearModel> models;
    /** The first slot of each model's labels within a bucket. */
    private final int[] first;
    /** Slots per bucket: all the models' labels. */
    private final int stride;
    private final byte[] weights;
    private final float[] scale;
    private final float[] bias;

    private LinearModels(List<LinearModel> models) {
        this.models = List.copyOf(models);
        if (this.models.isEmpty()) {
            throw new IllegalArgumentException("no models");
        }
        int bits = this.models.get(0).bits();
        first = new int[this.models.size()];
        int slots = 0;
        for (int m = 0; m < first.length; m++) {
            LinearModel model = this.models.get(m);
            if (model.bits() != bits) {
                throw new IllegalArgumentException("the models must hash features alike: " + bits + " and "
                        + model.bits() + " bits");
            }
            if (model.quantised() == null) {
                throw new IllegalArgumentException("only models read back can be scored together");
            }
            first[m] = slots;
            slots += model.labels().size();
        }
        stride = slots;
        weights = new byte[stride << bits];
        scale = new float[stride];
        bias = new float[stride];
        for (int m = 0; m < first.length; m++) {
            LinearModel model = this.models.get(m);
            int k = model.labels().size();
            for (int c = 0; c < k; c++) {
                scale[first[m] + c] = model.scale(c);
                bias[first[m] + c] = model.bias(c);
            }
            byte[] own = model.quantised();
            for (int index = 0, buckets = 1 << bits; index < buckets; index++) {
                System.arraycopy(own, index * k, weights, index * stride + first[m], k);
            }
        }
    }

    /** @param models read back ({@link LinearModel#read}), with the same hash size */
    public static LinearModels of(LinearModel... models) {
        return new LinearModels(List.of(models));
    }

    public List<LinearModel> models() {
        return models;
    }

    /** Each model's class probabilities for {@code x}, in the order the models were given. */
    public double[][] probabilities(Features.Vector x) {
        double[] scores = new double[stride];
        for (int s = 0; s < stride; s++) {
            scores[s] = bias[s];
        }
        float v = x.value();
        for (int index : x.indexes()) {
            int base = index * stride;
            for (int s = 0; s < stride; s++) {
                float w = weights[base + s] * scale[s]; // as LinearModel computes it, to the bit
                scores[s] += w * v;
            }
        }
        double[][] p = new double[first.length][];
        for (int m = 0; m < first.length; m++) {
            p[m] = LinearModel.softmax(Arrays.copyOfRange(scores, first[m], first[m] + models.get(m).labels().size()));
        }
        return p;
    }
}
