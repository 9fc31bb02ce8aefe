package id.go.kupangkota.sasando.text.eval;

import id.go.kupangkota.sasando.text.Tagger;
import id.go.kupangkota.sasando.text.risk.RiskTaggerTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation table says what each figure is. */
class EvaluateCommandTest {

    private static List<EvaluateCommand.Row> trapRows(String set, String file) throws IOException {
        return EvaluateCommand.traps(Tagger.shared(), set, RiskTaggerTest.trapSet("/sasando/text/risk/" + file));
    }

    /** Intolerance set 7 holds no provocation, and the tagger raises provokasi on one of its posts. */
    @Test
    void aCategoryWithoutAPositivePostShowsItsPrecisionAndSaysItsRecallIsUndefined() throws IOException {
        var rows = trapRows("Intolerance set 7", "intoleransi-7.tsv");
        var provokasi = rows.stream().filter(r -> r.task().equals("provokasi")).toList();
        assertThat(provokasi).extracting(EvaluateCommand.Row::metric).containsExactly("precision", "recall");
        assertThat(provokasi.get(0).split()).isEqualTo("all (100, 0 positive)");

        String table = EvaluateCommand.table(rows);
        String row = "| provokasi | all (100, 0 positive) | ";
        assertThat(table).doesNotContain("P / R")
                .containsPattern(Pattern.quote(row + "precision | 0.000 | ") + "[1-9]\\d* alerts? \\|")
                .contains(row + "recall | n/a | undefined: no post of it in the set |");
    }

    @Test
    void aCategoryWithPositivePostsHasAPrecisionAndARecallRow() throws IOException {
        var rows = trapRows("Intolerance set 7", "intoleransi-7.tsv");
        String table = EvaluateCommand.table(rows);
        String row = Pattern.quote("| intoleransi | all (100, 40 positive) | ");
        assertThat(table).containsPattern(row + "precision \\| 0\\.\\d{3} \\| \\d+ alerts? \\|")
                .containsPattern(row + "recall \\| 0\\.\\d{3} \\|  \\|");
    }
}
