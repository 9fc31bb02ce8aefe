package id.go.kupangkota.sasando.text.classify;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic-regression model over hashed features: {@code weights[index * K + k]}
 * for label k. Immutable once built; prediction is a sparse dot product and a softmax.
 *
 * <p>Stored format (gzip): magic, version, labels, hash bits, bias, per-label scale, then only the
 * rows with a non-zero weight as (delta-coded index, one signed byte per label). Quantising to a
 * byte per weight loses nothing measurable and keeps the resource a few hundred kilobytes. A model
 * read back keeps those bytes (and the scales) rather than floats: a quarter of the memory, so the
 * tagger's three models' random lookups stay in the caches more; the weights are the same floats.
 */
public final class LinearModel {
    private static final int MAGIC = 0x5353544d; // "SSTM"
    private static final int VERSION = 1;

    private final List<String> labels;
    private final int bits;
    /** The weights as floats (a model in training), or null when {@link #quantised} holds them. */
    private final float[] weights;
    /** A model read back: weight = byte * {@link #scale} of its label. */
    private final byte[] quantised;
    private final float[] scale;
    private final float[] bias;

    public LinearModel(List<String> labels, int bits, float[] weights, float[] bias) {
        this(labels, bits, weights, null, null, bias);
        if (weights.length != (labels.size() << bits)) {
            throw new IllegalArgumentException("weights must be 2^bits * labels long");
        }
    }

    private LinearModel(List<String> labels, int bits, float[] weights, byte[] quantised, float[] scale, float[] bias) {
        if (bias.length != labels.size()) {
            throw new IllegalArgumentException("one bias per label");
        }
        this.labels = List.copyOf(labels);
        this.bits = bits;
        this.weights = weights;
        this.quantised = quantised;
        this.scale = scale;
        this.bias = bias;
    }

    public List<String> labels() {
        return labels;
    }

    public int bits() {
        return bits;
    }

    /** The weight of hashed feature {@code index} for label number {@code label}. */
    public float weight(int index, int label) {
        int at = index * labels.size() + label;
        return weights != null ? weights[at] : quantised[at] * scale[label];
    }

    /** The bias of label number {@code label}. */
    public float bias(int label) {
        return bias[label];
    }

    /** A model read back: its weights as bytes, {@code [index * K + k]}; null for a model in training. */
    byte[] quantised() {
        return quantised;
    }

    /** A model read back: the weight of byte b for label number {@code label} is b times this. */
    float scale(int label) {
        return scale[label];
    }

    /** Class probabilities for one feature vector. */
    public double[] probabilities(Features.Vector x) {
        int k = labels.size();
        double[] scores = new double[k];
        for (int c = 0; c < k; c++) {
            scores[c] = bias[c];
        }
        float v = x.value();
        if (weights != null) {
            for (int index : x.indexes()) {
                int base = index * k;
                for (int c = 0; c < k; c++) {
                    scores[c] += weights[base + c] * v;
                }
            }
        } else {
            for (int index : x.indexes()) {
                int base = index * k;
                for (int c = 0; c < k; c++) {
                    float w = quantised[base + c] * scale[c]; // the float a float model would hold
                    scores[c] += w * v;
                }
            }
        }
        return softmax(scores);
    }

    public Prediction predict(Features.Vector x) {
        return prediction(probabilities(x));
    }

    /** The most probable label of {@code p}, this model's probabilities (from {@link LinearModels} too). */
    public Prediction prediction(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new Prediction(labels.get(best), p[best], p);
    }

    /** The most probable of {@code among} (a benchmark's own labels, when the model knows more). */
    public String bestOf(Features.Vector x, List<String> among) {
        double[] p = probabilities(x);
        String best = null;
        double bestP = -1;
        for (int c = 0; c < p.length; c++) {
            if (p[c] > bestP && among.contains(labels.get(c))) {
                best = labels.get(c);
                bestP = p[c];
            }
        }
        return best;
    }

    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] p = new double[scores.length];
        for (int c = 0; c < scores.length; c++) {
            p[c] = Math.exp(scores[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** Writes the model, dropping weights whose magnitude is below {@code prune}. */
    public void write(OutputStream target, double prune) throws IOException {
        if (weights == null) {
            throw new IllegalStateException("a model read back is written as it was read, not again");
        }
        int k = labels.size();
        float[] scale = new float[k];
        for (int i = 0; i < weights.length; i++) {
            scale[i % k] = Math.max(scale[i % k], Math.abs(weights[i]) / 127f);
        }
        GZIPOutputStream gzip = new GZIPOutputStream(target);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(k);
        for (String label : labels) {
            out.writeUTF(label);
        }
        out.writeInt(bits);
        for (int c = 0; c < k; c++) {
            out.writeFloat(bias[c]);
            out.writeFloat(scale[c]);
        }
        int rows = 1 << bits;
        int last = 0;
        for (int row = 0; row < rows; row++) {
            byte[] q = new byte[k];
            boolean any = false;
            for (int c = 0; c < k; c++) {
                float w = weights[row * k + c];
                if (Math.abs(w) >= prune && scale[c] > 0) {
                    q[c] = (byte) Math.max(-127, Math.min(127, Math.round(w / scale[c])));
                    any |= q[c] != 0;
                }
            }
            if (any) {
                writeVarInt(out, row - last + 1); // +1: 0 marks the end
                out.write(q);
                last = row;
            }
        }
        writeVarInt(out, 0);
        out.flush();
        gzip.finish();
    }

    public static LinearModel read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IllegalStateException("not a Sasando linear model (or a newer version)");
            }
            int k = in.readInt();
            String[] labels = new String[k];
            for (int c = 0; c < k; c++) {
                labels[c] = in.readUTF();
            }
            int bits = in.readInt();
            float[] bias = new float[k];
            float[] scale = new float[k];
            for (int c = 0; c < k; c++) {
                bias[c] = in.readFloat();
                scale[c] = in.readFloat();
            }
            byte[] quantised = new byte[k << bits];
            int row = 0;
            for (int delta = readVarInt(in); delta != 0; delta = readVarInt(in)) {
                row += delta - 1;
                in.readFully(quantised, row * k, k);
            }
            return new LinearModel(List.of(labels), bits, null, quantised, scale, bias);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read linear model", e);
        }
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(InputStream in) throws IOException {
        int v = 0;
        int shift = 0;
        int b;
        do {
            b = in.read();
            if (b < 0) {
                throw new IOException("truncated model");
            }
            v |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }
}
