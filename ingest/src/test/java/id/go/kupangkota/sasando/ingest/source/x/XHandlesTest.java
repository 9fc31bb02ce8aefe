package id.go.kupangkota.sasando.ingest.source.x;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

class XHandlesTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state/x").resolve(XHandles.FILE);
    }

    @Test
    void a_handle_names_the_account_the_latest_fetch_saw() {
        XHandles fetches = new XHandles(file());
        fetches.see("kaka_lasiana", "1500000000000000005");
        fetches.flush();
        fetches.see("kaka_lasiana", "1500000000000000009"); // renamed away; another account took the handle
        fetches.see("Kaka_Baru", "1500000000000000005");
        fetches.flush();

        XHandles imports = new XHandles(file());

        assertThat(imports.authorId("@KAKA_LASIANA")).isEqualTo("1500000000000000009");
        assertThat(imports.authorId("kaka_baru")).isEqualTo("1500000000000000005");
        assertThat(imports.authorId("warga_baru")).isNull();
    }

    @Test
    void an_account_seen_again_under_the_same_handle_writes_nothing() throws IOException {
        XHandles fetches = new XHandles(file());
        fetches.see("nona_oebobo", "1500000000000000001");
        fetches.flush();
        long size = Files.size(file());

        XHandles next = new XHandles(file());
        next.see("nona_oebobo", "1500000000000000001");
        next.flush();

        assertThat(Files.size(file())).isEqualTo(size);
    }

    @Test
    void a_refresh_reads_what_another_process_appended_and_waits_for_a_torn_line() throws IOException {
        XHandles imports = new XHandles(file());
        XHandles fetches = new XHandles(file());
        fetches.see("ojek_alak", "1500000000000000003");
        fetches.flush();
        Files.writeString(file(), "kim_kelapa", StandardOpenOption.APPEND); // a line a killed process began

        imports.refresh();
        assertThat(imports.authorId("ojek_alak")).isEqualTo("1500000000000000003");
        assertThat(imports.authorId("kim_kelapa")).isNull();

        Files.writeString(file(), "lima\t1500000000000000002\n", StandardOpenOption.APPEND);
        imports.refresh();
        assertThat(imports.authorId("kim_kelapalima")).isEqualTo("1500000000000000002");
    }

    @Test
    void what_is_no_handle_or_no_user_id_is_not_remembered() {
        XHandles h = new XHandles(file());
        h.see("bukan handle", "1500000000000000001");
        h.see("nona_oebobo", "bukan-angka");
        h.see(null, "1500000000000000001");
        h.flush();

        assertThat(file()).doesNotExist();
        assertThat(h.authorId("nona_oebobo")).isNull();
    }
}
