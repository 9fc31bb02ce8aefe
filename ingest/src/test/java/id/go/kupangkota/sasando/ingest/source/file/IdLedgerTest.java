package id.go.kupangkota.sasando.ingest.source.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

class IdLedgerTest {
    @TempDir
    Path dir;

    @Test
    void an_id_seen_with_another_identity_returns_the_first_one_which_it_keeps() {
        IdLedger ledger = new IdLedger(null);

        assertThat(ledger.claim(1, 10)).isEqualTo(IdLedger.SAME);
        assertThat(ledger.claim(1, 10)).isEqualTo(IdLedger.SAME);
        assertThat(ledger.claim(1, 20)).isEqualTo(10);
        assertThat(ledger.claim(1, 20)).isEqualTo(10);
    }

    @Test
    void it_knows_every_id_claimed_however_often_the_table_grew_and_no_other() {
        IdLedger ledger = new IdLedger(null);
        for (long id = 1; id <= 100_000; id++) {
            assertThat(ledger.knows(id)).isFalse(); // asked before each claim, as the mapper does
            ledger.claim(id, id * 7);
        }
        for (long id = 1; id <= 100_000; id++) {
            assertThat(ledger.knows(id)).isTrue();
        }
        assertThat(ledger.knows(100_001)).isFalse();
    }

    @Test
    void what_one_run_claimed_is_known_to_the_next_and_to_other_processes_after_a_refresh() {
        Path file = dir.resolve("ids.bin");
        IdLedger first = new IdLedger(file);
        IdLedger other = new IdLedger(file);
        for (long id = 1; id <= 5000; id++) {
            first.claim(id, id * 7);
        }
        first.flush();

        assertThat(new IdLedger(file).claim(4999, 1)).isEqualTo(4999 * 7);
        assertThat(other.claim(42, 1)).isEqualTo(IdLedger.SAME); // not read yet: its own claim
        other.refresh();
        assertThat(other.claim(43, 1)).isEqualTo(43 * 7);
    }

    @Test
    void a_record_torn_by_a_crash_does_not_shift_the_ones_after_it() throws IOException {
        Path file = dir.resolve("ids.bin");
        IdLedger ledger = new IdLedger(file);
        ledger.claim(1, 11);
        ledger.flush();
        Files.write(file, new byte[]{1, 2, 3}, StandardOpenOption.APPEND);
        IdLedger after = new IdLedger(file);
        after.claim(2, 22);
        after.flush();

        IdLedger reread = new IdLedger(file);
        assertThat(reread.claim(1, 99)).isEqualTo(11);
        assertThat(reread.claim(2, 99)).isEqualTo(22);
    }
}
