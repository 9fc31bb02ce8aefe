package id.go.kupangkota.sasando.text.eval;

import id.go.kupangkota.sasando.text.Tagger;
import id.go.kupangkota.sasando.text.dataset.Datasets;
import id.go.kupangkota.sasando.text.dataset.KupangLabelledSetsTest;
import id.go.kupangkota.sasando.text.dataset.LabelledText;
import id.go.kupangkota.sasando.text.dataset.Split;
import id.go.kupangkota.sasando.text.risk.RiskTaggerTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The floors measured in EVALUATION.md, minus a small margin: a lexicon or model change that makes
 * the held-out scores drop fails the build. Those on the shared sets are skipped when the shared data
 * folder is absent.
 */
class EvaluationFloorTest {
    static final double KUPANG_FLOOR = 0.89;
    /** 4 with the model of 29 Nov, 7 since round four (30 Nov), which took the hopes set's 16 to 11. */
    static final int COMPLAINTS_AS_PRAISE = 8;
    static final int HOPE_COMPLAINTS_AS_PRAISE = 13;

    private static Path shared(Path file) {
        assumeTrue(Files.exists(file), "labelled data not found at " + file.toAbsolutePath()
                + " (set -Dsasando.shared.dir)");
        return file;
    }

    private static double value(List<EvaluateCommand.Row> rows, String task, String split, String metric) {
        return rows.stream().filter(r -> r.task().startsWith(task) && r.split().startsWith(split)
                && r.metric().equals(metric)).findFirst().orElseThrow().value();
    }

    @Test
    void sentimentMacroF1OnHeldOutSmsaStaysAboveTheFloor() throws IOException {
        Path file = shared(Datasets.smsaFile(Datasets.sharedDir()));
        var rows = EvaluateCommand.sentiment(Tagger.shared(), Split.of(Datasets.smsa(file)).test());
        assertThat(value(rows, "sentiment", "test", "macro-F1")).isGreaterThanOrEqualTo(0.83); // 0.848 when measured
    }

    /** Needs no shared data: the held-out Kupang posts are the repository's own. */
    @Test
    void sentimentOnHeldOutKupangPostsStaysAboveTheFloor() throws IOException {
        var rows = EvaluateCommand.sentiment(Tagger.shared(), "Kupang", "all",
                KupangLabelledSetsTest.resource("sentiment/kupang-test.tsv"), "");
        assertThat(value(rows, "sentiment", "all", "macro-F1")).isGreaterThanOrEqualTo(KUPANG_FLOOR);
        // the weekly report tells leadership "about 9 in 10" (report.pdf.method.sentiment)
        assertThat(value(rows, "sentiment", "all", "accuracy")).isGreaterThanOrEqualTo(0.88);
        assertThat(value(rows, "negative tagged positive", "all", "count")).isLessThanOrEqualTo(COMPLAINTS_AS_PRAISE);
    }

    /** Complaints that end in a hope ("semoga cepat diperbaiki") are complaints: the set round four aimed at. */
    @Test
    void complaintsEndingInAHopeStayComplaints() throws IOException {
        var rows = EvaluateCommand.sentiment(Tagger.shared(), "Kupang hopes", "all",
                KupangLabelledSetsTest.resource("sentiment/kupang-hopes-test.tsv"), "");
        assertThat(value(rows, "sentiment", "all", "macro-F1")).isGreaterThanOrEqualTo(0.85); // 0.876 when measured
        assertThat(value(rows, "negative tagged positive", "all", "count"))
                .isLessThanOrEqualTo(HOPE_COMPLAINTS_AS_PRAISE);
    }

    @Test
    void ordinaryKupangPostsRaiseNoRiskAlerts() throws IOException {
        List<LabelledText> ordinary = new ArrayList<>();
        for (String set : List.of("kupang-train", "kupang-hopes-train", "kupang-test", "kupang-hopes-test")) {
            ordinary.addAll(KupangLabelledSetsTest.resource("sentiment/" + set + ".tsv"));
        }
        EvaluateCommand.Row row = EvaluateCommand.falseAlarms(Tagger.shared(), ordinary);
        assertThat(row.split()).isEqualTo("all (2099)");
        assertThat(row.value()).isLessThanOrEqualTo(2); // 0 when measured
    }

    @Test
    void heldOutKupangPostsArePlacedInTheRightKecamatan() throws IOException {
        var rows = EvaluateCommand.places(Tagger.shared(), "Kupang",
                KupangLabelledSetsTest.resource("place/kupang-test.tsv"));
        assertThat(value(rows, "kecamatan", "all", "precision")).isGreaterThanOrEqualTo(0.98);
        assertThat(value(rows, "kecamatan", "all", "recall")).isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void emotionOnHeldOutKupangPostsStaysAboveTheFloor() throws IOException {
        var rows = EvaluateCommand.kupangEmotion(Tagger.shared(),
                KupangLabelledSetsTest.resource("emotion/kupang-test.tsv"));
        assertThat(value(rows, "emotion", "all", "macro-F1")).isGreaterThanOrEqualTo(0.55);
        assertThat(value(rows, "emotion", "all", "accuracy")).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void emotionMacroF1OnHeldOutEmotStaysAboveTheFloor() throws IOException {
        Path file = shared(Datasets.emotFile(Datasets.sharedDir()));
        var rows = EvaluateCommand.emotion(Split.of(Datasets.emot(file)).test());
        assertThat(value(rows, "emotion", "test", "macro-F1")).isGreaterThanOrEqualTo(0.63);
    }

    @Test
    void radicalismAlertsOnNetifierAreMostlyRight() throws IOException {
        Path file = shared(Datasets.netifierFile(Datasets.sharedDir()));
        var rows = EvaluateCommand.risk(Tagger.shared(), "Netifier", "radikalisme",
                Split.evaluationOnly(Datasets.netifier(file)), Datasets::netifierCodes);
        assertThat(value(rows, "radikalisme", "test", "precision")).isGreaterThanOrEqualTo(0.70);
        assertThat(value(rows, "radikalisme", "test", "recall")).isGreaterThanOrEqualTo(0.30);
    }

    @Test
    void hateSpeechAlertsOnIbrohimAreMostlyRight() throws IOException {
        Path file = shared(Datasets.ibrohimFile(Datasets.sharedDir()));
        var rows = EvaluateCommand.risk(Tagger.shared(), "Ibrohim", "hs",
                Split.evaluationOnly(Datasets.ibrohim(file)), Datasets::ibrohimCodes);
        assertThat(value(rows, "hs", "test", "precision")).isGreaterThanOrEqualTo(0.70);
    }

    /**
     * Posts by writers who never saw the lexicons: sets 2 and 3 were tuned on afterwards (and the
     * intolerance model trained on them), sets 4, 5, 6 and 11 never.
     */
    @Test
    void trapSetsOfOtherWritersKeepTheirScores() throws IOException {
        // floors of any-risk precision and recall, most false alarms of the 110 non-risky posts;
        // the figures when measured (29 Nov, pipeline text-4) in the comments
        trapSetKeeps("traps-2.tsv", 0.90, 0.76, 3); // 0.962 / 0.833 / 2
        trapSetKeeps("traps-3.tsv", 0.88, 0.76, 4); // 0.943 / 0.833 / 3
        trapSetKeeps("traps-holdout-4.tsv", 0.85, 0.40, 3); // 0.933 / 0.467 / 2
        trapSetKeeps("traps-holdout-5.tsv", 0.83, 0.48, 5); // 0.892 / 0.550 / 4
        trapSetKeeps("traps-holdout-6.tsv", 0.75, 0.40, 7); // 0.824 / 0.467 / 6
        trapSetKeeps("traps-holdout-11.tsv", 0.80, 0.43, 6); // 0.857 / 0.500 / 5
    }

    private static void trapSetKeeps(String file, double precision, double recall, int falseAlarms) throws IOException {
        var rows = trapRows(file, file);
        assertThat(value(rows, "any risk", "all", "precision")).as(file).isGreaterThanOrEqualTo(precision);
        assertThat(value(rows, "any risk", "all", "recall")).as(file).isGreaterThanOrEqualTo(recall);
        assertThat(value(rows, "false alarms", "110", "count")).as(file).isLessThanOrEqualTo(falseAlarms);
    }

    /**
     * Sets of intolerance alone, whose ordinary posts put refusals beside worship ("gereja larang jemaat
     * bawa kembang api"): the intolerance model catches most of their intolerant posts (7 and 8 trained
     * on, 9, 10 and 12 held out) and must not start raising alarms on the ordinary ones.
     */
    @Test
    void intoleranceSetsAreCaughtWithFewFalseAlarms() throws IOException {
        // file, its non-risky posts, false alarms and intoleransi recall when measured
        for (String[] set : new String[][]{{"intoleransi-7.tsv", "60", "2", "0.93"},
                {"intoleransi-8.tsv", "70", "1", "0.98"}, {"intoleransi-holdout-9.tsv", "60", "0", "0.63"},
                {"intoleransi-holdout-10.tsv", "60", "1", "0.60"}, {"intoleransi-holdout-12.tsv", "60", "1", "0.68"}}) {
            var rows = trapRows("Intolerance", set[0]);
            assertThat(value(rows, "false alarms", set[1], "count")).as(set[0])
                    .isLessThanOrEqualTo(Integer.parseInt(set[2]) + 1);
            assertThat(value(rows, "intoleransi", "all", "recall")).as(set[0])
                    .isGreaterThanOrEqualTo(Double.parseDouble(set[3]) - 0.08);
            assertThat(value(rows, "intoleransi", "all", "precision")).as(set[0]).isGreaterThanOrEqualTo(0.90);
        }
    }

    private static List<EvaluateCommand.Row> trapRows(String set, String file) throws IOException {
        return EvaluateCommand.traps(Tagger.shared(), set, RiskTaggerTest.trapSet("/sasando/text/risk/" + file));
    }
}
