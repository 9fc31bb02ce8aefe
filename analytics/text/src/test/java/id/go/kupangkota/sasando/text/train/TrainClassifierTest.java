package id.go.kupangkota.sasando.text.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainClassifierTest {
    private static final double FLOOR = 0.8985;

    @Test
    void aBetterBenchmarkScoreWinsOnlyAtOrAboveTheInDomainFloor() {
        assertTrue(TrainClassifier.beats(0.875, 0.899, 0.866, 0.9035, FLOOR), "benchmark up, in-domain within 0.005");
        assertTrue(TrainClassifier.beats(0.875, FLOOR, 0.866, 0.9035, FLOOR), "the floor itself is kept");
        assertFalse(TrainClassifier.beats(0.880, 0.898, 0.866, 0.9035, FLOOR), "in-domain under the floor");
        assertFalse(TrainClassifier.beats(0.865, 0.950, 0.866, 0.9035, FLOOR), "a better in-domain score alone");
    }

    @Test
    void anEqualBenchmarkScoreWinsByTheInDomainOne() {
        assertTrue(TrainClassifier.beats(0.866, 0.910, 0.866, 0.9035, FLOOR));
        assertFalse(TrainClassifier.beats(0.866, 0.9035, 0.866, 0.9035, FLOOR), "a tie keeps the earlier model");
    }
}
