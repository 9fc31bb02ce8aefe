package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.core.landing.LandingRecord;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.ingest.coverage.CoverageRecord;
import id.go.kupangkota.sasando.ingest.landing.RejectsWriter;
import id.go.kupangkota.sasando.ingest.run.SourceRun;
import id.go.kupangkota.sasando.ingest.source.InvalidSettingsException;
import id.go.kupangkota.sasando.ingest.source.RunStatus;
import id.go.kupangkota.sasando.ingest.source.SourceHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSourceTest {
    @TempDir
    Path home;
    @TempDir
    Path exports;

    private SourceHarness harness() {
        return SourceHarness.in(home);
    }

    private Path recorded(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/file/" + name)) {
            Path p = exports.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    private SourceRun importFiles(SourceHarness h, String mapping, Path... files) {
        FileSource source = FileSource.forFiles(List.of(files), mapping);
        source.configure(h.context("file", Map.of("page_size", 2), List.of(), (u, hd) -> null));
        return h.runner().importAll(source, h.context("file", Map.of(), List.of(), (u, hd) -> null).config());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static Post post(List<LandingRecord> landed, String id) {
        return landed.stream().map(LandingRecord::post).filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_jsonl_export_imports_the_good_rows_and_reports_bad_ones_with_file_and_line() throws IOException {
        SourceHarness h = harness();
        SourceRun run = importFiles(h, null, recorded("bad.jsonl"));

        assertThat(h.landed("file")).extracting(r -> r.post().id()).containsExactly("file:1", "file:2", "file:6");
        assertThat(h.rejects("file")).extracting(RejectsWriter.Reject::location)
                .containsExactly("bad.jsonl:3", "bad.jsonl:5", "bad.jsonl:6");
        assertThat(h.rejects("file")).extracting(RejectsWriter.Reject::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("broken JSON"),
                r -> assertThat(r).contains("cannot read created_at '31/31/2024'"),
                r -> assertThat(r).contains("missing text"));
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
    }

    @Test
    void an_export_that_is_one_json_array_imports_each_element_and_rejects_one_that_is_no_object()
            throws IOException {
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, recorded("tool-array.json"));

        assertThat(h.landed("file")).extracting(r -> r.post().id()).containsExactly("file:9001", "file:9002", "file:9003");
        assertThat(post(h.landed("file"), "file:9003").text()).isEqualTo("Terima kasih [Dinas PUPR] sudah menambal {jalan} di Oesapa");
        assertThat(h.landed("file").get(1).raw()).isEqualTo("{\"id\": \"9002\", \"text\": \"Lampu jalan di Jalan Frans Seda "
                + "padam lagi\", \"created_at\": \"2026-11-30T19:40:00+08:00\",\n   \"author_handle\": \"kupang_malam\"}");
        assertThat(h.rejects("file")).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo("tool-array.json:8");
            assertThat(r.raw()).isEqualTo("\"iklan: bukan sebuah post\"");
            assertThat(r.reason()).contains("expected a JSON object");
        });
        assertThat(run.queries().get(0).written()).isEqualTo(3);
    }

    @Test
    void a_json_array_cut_short_imports_the_elements_before_the_cut_and_keeps_the_rest_as_a_reject()
            throws IOException {
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, recorded("tool-array-cut.json"));

        assertThat(h.landed("file")).extracting(r -> r.post().id()).containsExactly("file:9101", "file:9102");
        assertThat(h.rejects("file")).singleElement().satisfies(r -> {
            assertThat(r.location()).startsWith("tool-array-cut.json:");
            assertThat(r.raw()).isEqualTo("{\"id\": \"9103\", \"text\": \"Unduhan ini terpotong di tengah\n");
            assertThat(r.reason()).startsWith("broken JSON").contains("the elements before it were read");
        });
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
    }

    @Test
    void a_footer_after_a_json_array_is_a_reject_and_the_array_is_imported() throws IOException {
        Path f = exports.resolve("with-footer.json");
        Files.writeString(f, "[{\"id\":\"9201\",\"text\":\"Satu\",\"created_at\":\"2026-11-30T08:00:00+08:00\"}]\n"
                + "selesai"); // a footer a tool wrote, without a line break at the end
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, f);

        assertThat(h.landed("file")).extracting(r -> r.post().id()).containsExactly("file:9201");
        assertThat(h.rejects("file")).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo("with-footer.json:2");
            assertThat(r.raw()).endsWith("selesai");
            assertThat(r.reason()).startsWith("broken JSON");
        });
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
    }

    @Test
    void rejected_rows_are_kept_verbatim() throws IOException {
        SourceHarness h = harness();
        importFiles(h, null, recorded("bad.jsonl"));

        assertThat(h.rejects("file").get(0).raw()).isEqualTo("{\"id\":\"3\",\"text\":\"broken line\", \"created_at\": ");
    }

    @Test
    void dates_without_a_zone_are_wita_and_unknown_columns_are_reported() throws IOException {
        SourceHarness h = harness();
        importFiles(h, null, recorded("bad.jsonl"));
        List<LandingRecord> landed = h.landed("file");

        assertThat(post(landed, "file:2").createdAt()).isEqualTo(Instant.parse("2024-07-11T02:00:00Z"));
        assertThat(post(landed, "file:6").createdAt()).isEqualTo(Instant.parse("2024-07-11T00:30:00Z"));
        assertThat(post(landed, "file:1").createdAt()).isEqualTo(Instant.parse("2024-07-11T01:15:00Z"));
        assertThat(landed.get(0).unmapped()).containsExactly("source_app");
    }

    @Test
    void fields_come_from_their_columns_or_from_the_text() throws IOException {
        SourceHarness h = harness();
        importFiles(h, null, recorded("bad.jsonl"));
        Post first = post(h.landed("file"), "file:1");

        assertThat(first.authorHandle()).isEqualTo("warga_oebobo");
        assertThat(first.authorKey()).matches("[0-9a-f]{32}").doesNotContain("warga");
        assertThat(first.likeCount()).isEqualTo(12L);
        assertThat(first.hashtags()).containsExactly("KotaKupang");
        assertThat(post(h.landed("file"), "file:6").replyTo()).isEqualTo("file:1");
    }

    @Test
    void a_csv_with_an_unclosed_quote_loses_only_that_row() throws IOException {
        SourceHarness h = harness();
        importFiles(h, "twitter-csv", recorded("twitter.csv"));

        assertThat(h.landed("file")).extracting(r -> r.post().id())
                .containsExactly("x:101", "x:102", "x:104", "x:105");
        assertThat(h.rejects("file")).extracting(RejectsWriter.Reject::location, RejectsWriter.Reject::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("twitter.csv:4", "unclosed quote in the record starting at line 4"),
                        org.assertj.core.groups.Tuple.tuple("twitter.csv:8", "row has 8 values but the header has 7 columns"));
    }

    @Test
    void csv_quotes_line_breaks_and_twitter_dates_are_read() throws IOException {
        SourceHarness h = harness();
        importFiles(h, "twitter-csv", recorded("twitter.csv"));
        List<LandingRecord> landed = h.landed("file");

        assertThat(post(landed, "x:101").text()).isEqualTo("Banjir di Oesapa, air masuk rumah");
        assertThat(post(landed, "x:101").createdAt()).isEqualTo(Instant.parse("2024-07-11T01:00:00Z"));
        assertThat(post(landed, "x:102").text()).isEqualTo("Dia bilang \"awas\" hoaks");
        assertThat(post(landed, "x:105").text()).isEqualTo("teks\ndua baris");
        assertThat(post(landed, "x:104").likeCount()).isNull();
        assertThat(landed.stream().filter(r -> r.post().id().equals("x:104")).findFirst().orElseThrow().unmapped())
                .contains("favorite_count");
    }

    @Test
    void a_count_that_does_not_read_is_a_warning_in_coverage() throws IOException {
        SourceHarness h = harness();
        SourceRun run = importFiles(h, "twitter-csv", recorded("twitter.csv"));

        CoverageRecord coverage = run.queries().get(0);
        assertThat(coverage.warnings()).isEqualTo(1);
        assertThat(coverage.firstWarnings()).singleElement().asString()
                .startsWith("twitter.csv:").contains("column 'favorite_count' is not a count");
    }

    @Test
    void coverage_counts_every_post_with_warnings_but_keeps_only_the_first_messages() throws IOException {
        Path f = exports.resolve("counts.jsonl");
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= CoverageRecord.KEPT_WARNINGS + 2; i++) {
            rows.append("{\"id\":\"").append(i).append("\",\"text\":\"halo Kupang\",")
                    .append("\"created_at\":\"2024-07-11T08:00:00\",\"like_count\":\"banyak\"}\n");
        }
        Files.writeString(f, rows);
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, f);

        assertThat(h.landed("file")).hasSize(CoverageRecord.KEPT_WARNINGS + 2);
        assertThat(run.warnings()).isEqualTo(CoverageRecord.KEPT_WARNINGS + 2);
        assertThat(run.queries().get(0).firstWarnings()).hasSize(CoverageRecord.KEPT_WARNINGS)
                .first().asString().isEqualTo("counts.jsonl:1: column 'like_count' is not a count ('banyak'): like_count left empty");
        assertThat(run.status()).isEqualTo(RunStatus.OK); // kept posts, not rejects
    }

    @Test
    void an_excel_unicode_text_export_in_utf16_is_read_as_such() throws IOException {
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, recorded("excel-unicode-text.tsv")); // Excel's "Unicode Text"

        List<LandingRecord> landed = h.landed("file");
        assertThat(post(landed, "file:5301").text()).isEqualTo("Banjir di Oesapa, “air setinggi lutut”");
        assertThat(post(landed, "file:5302").text()).isEqualTo("Café baru di Kelapa Lima ’buka 24 jam’");
        assertThat(post(landed, "file:5302").authorHandle()).isEqualTo("kafe_kupang");
        assertThat(run.status()).isEqualTo(RunStatus.OK);
    }

    @Test
    void bytes_that_are_not_utf8_in_a_utf8_file_are_replaced_and_the_row_is_kept_with_a_warning() throws IOException {
        Path f = exports.resolve("mixed.jsonl");
        byte[] utf8 = "{\"id\":\"6\",\"text\":\"Kopi di café Oebobo\",\"created_at\":\"2024-07-11T07:00:00+08:00\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] before = "{\"id\":\"7\",\"text\":\"Kopi di caf".getBytes(StandardCharsets.UTF_8);
        byte[] after = " Kupang\",\"created_at\":\"2024-07-11T08:00:00+08:00\"}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(f, concat(utf8, before, new byte[]{(byte) 0xE9}, after)); // a Latin-1 é pasted into UTF-8
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, f);

        assertThat(post(h.landed("file"), "file:6").text()).isEqualTo("Kopi di café Oebobo");
        assertThat(post(h.landed("file"), "file:7").text()).isEqualTo("Kopi di caf\uFFFD Kupang");
        assertThat(h.landed("file").get(1).unmapped()).contains("text (bytes that were not UTF-8, replaced with U+FFFD)");
        assertThat(run.queries().get(0).warnings()).isEqualTo(1);
        assertThat(run.queries().get(0).firstWarnings()).singleElement().asString()
                .isEqualTo("mixed.jsonl:2: text had bytes that are not UTF-8: replaced with U+FFFD");
    }

    @Test
    void an_excel_utf8_export_with_a_byte_order_mark_crlf_and_line_breaks_in_quotes_imports_every_row()
            throws IOException {
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, recorded("excel-utf8-bom.csv"));

        List<LandingRecord> landed = h.landed("file");
        assertThat(landed).extracting(r -> r.post().id()).containsExactly("file:5201", "file:5202"); // BOM not in "id"
        assertThat(post(landed, "file:5201").text()).isEqualTo("Rapat RT di Oebobo:\n1. air bersih\n2. sampah");
        assertThat(post(landed, "file:5202").text()).isEqualTo("Kata \"ojek\" di Kupang = motor");
        assertThat(post(landed, "file:5202").authorHandle()).isEqualTo("bahasa_kupang"); // no \r left
        assertThat(run.status()).isEqualTo(RunStatus.OK);
    }

    @Test
    void an_excel_export_in_windows_1252_with_semicolons_keeps_its_accents_and_curly_quotes() throws IOException {
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, recorded("excel-windows-1252.csv"));

        List<LandingRecord> landed = h.landed("file");
        assertThat(post(landed, "file:5101").text()).isEqualTo("Kafe di Kelapa Lima sudah buka lagi, menu “kopi Flores” enak");
        assertThat(post(landed, "file:5102").text())
                .isEqualTo("Warga bilang: ’jalan rusak’ di Oesapa belum diperbaiki — mohon perhatian");
        assertThat(post(landed, "file:5103").text()).isEqualTo("Café & résumé: kata serapan di papan nama toko");
        assertThat(post(landed, "file:5101").createdAt()).isEqualTo(Instant.parse("2026-11-30T06:05:00Z")); // WITA
        assertThat(run.queries().get(0).warnings()).isZero();
        assertThat(run.status()).isEqualTo(RunStatus.OK);
    }

    @Test
    void the_same_file_is_imported_once() throws IOException {
        SourceHarness h = harness();
        Path file = recorded("bad.jsonl");
        importFiles(h, null, file);
        SourceRun again = importFiles(h, null, file);

        assertThat(again.written()).isZero();
        assertThat(h.landed("file")).hasSize(3);
    }

    @Test
    void rows_without_an_id_column_get_a_stable_hash_id() throws IOException {
        Path f = exports.resolve("noid.csv");
        Files.writeString(f, "text,created_at\nhalo Kupang,2024-07-11\nhalo Kupang,2024-07-11\n");
        SourceHarness h = harness();
        Path mapping = exports.resolve("m.json");
        Files.writeString(mapping, "{\"columns\": {\"text\": \"text\", \"created_at\": \"created_at\"}}");
        SourceRun run = importFiles(h, mapping.toString(), f);

        assertThat(h.landed("file")).singleElement().satisfies(r -> assertThat(r.post().id()).matches("file:h[0-9a-f]{20}"));
        assertThat(run.duplicates()).isEqualTo(1);
    }

    @Test
    void an_indonesian_tool_export_with_day_names_and_dotted_times_imports_every_row() throws IOException {
        SourceHarness h = harness();
        Path mapping = recorded("mapping-tool-x.json");
        SourceRun run = importFiles(h, mapping.toString(), recorded("tool-x-day1.csv"));

        assertThat(h.rejects("file")).isEmpty();
        assertThat(h.landed("file")).extracting(r -> r.post().createdAt()).containsExactly(
                Instant.parse("2026-11-28T06:30:00Z"), Instant.parse("2026-11-28T07:00:00Z"),
                Instant.parse("2026-08-29T00:15:00Z"), Instant.parse("2026-11-29T01:00:00Z"),
                Instant.parse("2026-11-29T02:00:00Z"));
        assertThat(run.written()).isEqualTo(5);
    }

    @Test
    void a_file_without_the_mappings_columns_fails_once_naming_its_columns_and_the_mapping_that_fits() throws IOException {
        SourceHarness h = harness();
        SourceRun run = importFiles(h, null, recorded("twitter-export.csv"));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(h.rejects("file")).isEmpty();
        assertThat(h.landed("file")).isEmpty();
        assertThat(run.queries().get(0).error())
                .contains("twitter-export.csv does not fit the mapping 'sasando'")
                .contains("it needs the columns [text, created_at]")
                .contains("the file has [id_str, full_text, created_at, username, name, favorite_count, retweet_count]")
                .contains("use --mapping twitter-csv").contains("presets: sasando, twitter-csv");
        assertThat(run.queries().get(0).errorCode()).isEqualTo("file.mapping_mismatch");
        assertThat(run.queries().get(0).errorArgs())
                .isEqualTo(Map.of("file", "twitter-export.csv", "mapping", "sasando"));
    }

    @Test
    void with_the_mapping_that_fits_the_same_file_imports() throws IOException {
        SourceHarness h = harness();
        SourceRun run = importFiles(h, "twitter-csv", recorded("twitter-export.csv"));

        assertThat(run.written()).isEqualTo(2);
    }

    @Test
    void a_binary_file_named_csv_fails_once_as_not_text() throws IOException {
        SourceHarness h = harness();
        SourceRun run = importFiles(h, null, recorded("binary-renamed.csv"));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(h.rejects("file")).isEmpty();
        assertThat(run.queries().get(0).error()).isEqualTo(
                "binary-renamed.csv is not a text file (binary content; expected CSV or JSON Lines)");
        assertThat(run.queries().get(0).errorCode()).isEqualTo("file.not_text");
        assertThat(run.queries().get(0).errorArgs()).isEqualTo(Map.of("file", "binary-renamed.csv"));
    }

    @Test
    void a_file_of_a_type_sasando_does_not_read_fails_naming_it() throws IOException {
        Path f = exports.resolve("laporan.xlsx");
        Files.writeString(f, "not an export");
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, f);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.queries().get(0).error()).startsWith("unsupported file type laporan.xlsx");
        assertThat(run.queries().get(0).errorCode()).isEqualTo("file.unsupported_type");
        assertThat(run.queries().get(0).errorArgs()).isEqualTo(Map.of("file", "laporan.xlsx"));
    }

    @Test
    void a_compressed_export_that_is_not_gzip_fails_as_unreadable() throws IOException {
        Path f = exports.resolve("ekspor.jsonl.gz");
        Files.writeString(f, "{\"text\":\"halo\",\"created_at\":\"2024-07-11T10:00:00+08:00\"}\n");
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, f);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.queries().get(0).error()).startsWith("cannot read " + f.toAbsolutePath());
        assertThat(run.queries().get(0).errorCode()).isEqualTo("file.unreadable");
        assertThat(run.queries().get(0).errorArgs()).isEqualTo(Map.of("file", "ekspor.jsonl.gz"));
    }

    @Test
    void a_gzip_export_cut_short_imports_the_rows_before_the_cut_and_fails_saying_so() throws IOException {
        StringBuilder csv = new StringBuilder("id,text,created_at\n");
        for (int i = 1; i <= 5; i++) {
            csv.append(8000 + i).append(",Laporan warga nomor ").append(i).append(",2026-11-30 14:0").append(i).append('\n');
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        Path f = exports.resolve("ekspor.csv.gz");
        Files.write(f, java.util.Arrays.copyOf(whole, whole.length - 8)); // a download that lost its last bytes
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, f);

        assertThat(h.landed("file")).extracting(r -> r.post().id())
                .containsExactly("file:8001", "file:8002", "file:8003", "file:8004", "file:8005");
        CoverageRecord coverage = run.queries().get(0);
        assertThat(coverage.status()).isEqualTo("failed");
        assertThat(coverage.errorCode()).isEqualTo("file.unreadable");
        assertThat(coverage.error()).contains("ekspor.csv.gz", "cut short", "after row 5");
    }

    @Test
    void a_jsonl_file_whose_first_row_lacks_the_columns_fails_once() throws IOException {
        Path f = exports.resolve("tweets.jsonl");
        Files.writeString(f, "{\"id_str\":\"1\",\"full_text\":\"halo\",\"created_at\":\"2024-07-11\"}\n");
        SourceHarness h = harness();

        SourceRun run = importFiles(h, null, f);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.queries().get(0).error()).contains("the file has [id_str, full_text, created_at]");
    }

    private SourceRun importToolX(SourceHarness h, Path mapping, String... files) throws IOException {
        Path[] paths = new Path[files.length];
        for (int i = 0; i < files.length; i++) {
            paths[i] = exports.resolve(files[i]);
            if (!Files.exists(paths[i])) {
                recorded(files[i]);
            }
        }
        return importFiles(h, mapping.toString(), paths);
    }

    /** The tester's tool-x mapping, saying its ids are unique across exports (they are row numbers). */
    private Path toolXClaimingUniqueIds() throws IOException {
        Path mapping = recorded("mapping-tool-x.json");
        Path unique = exports.resolve("mapping-tool-x-unique.json");
        Files.writeString(unique, Files.readString(mapping).replace("\"zone\"", "\"ids\": \"unique\",\n \"zone\""));
        return unique;
    }

    @Test
    void exports_that_number_their_rows_anew_never_replace_each_others_posts() throws IOException {
        SourceHarness h = harness();
        Path mapping = recorded("mapping-tool-x.json");
        SourceRun day1 = importToolX(h, mapping, "tool-x-day1.csv");
        SourceRun day2 = importToolX(h, mapping, "tool-x-day2.csv");

        assertThat(h.landed("file")).extracting(r -> r.post().id()).hasSize(7).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("file:p[0-9a-f]{20}"));
        assertThat(day1.warnings() + day2.warnings()).isEqualTo(1); // day 1's 'n/a' likes, nothing else
    }

    @Test
    void the_same_post_in_an_overlapping_export_keeps_its_id_and_brings_its_new_counts() throws IOException {
        SourceHarness h = harness();
        Path mapping = recorded("mapping-tool-x.json");
        importToolX(h, mapping, "tool-x-day1.csv");
        importToolX(h, mapping, "tool-x-overlap.csv");
        List<LandingRecord> landed = h.landed("file");

        Post first = landed.get(4).post(); // day 1, row 5
        Post again = landed.get(5).post(); // the overlap's row 1: same author, minute and url, cut text
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.likeCount()).isEqualTo(9L);
        assertThat(first.likeCount()).isEqualTo(3L);
        assertThat(landed.get(6).post().id()).isNotIn(landed.stream().limit(5).map(r -> r.post().id()).toList());
    }

    @Test
    void an_id_said_to_be_unique_that_comes_back_for_another_post_is_kept_apart_and_warned() throws IOException {
        SourceHarness h = harness();
        Path mapping = toolXClaimingUniqueIds();
        importToolX(h, mapping, "tool-x-day1.csv");
        FileSource source = FileSource.forFiles(List.of(exports.resolve("tool-x-day2.csv")), mapping.toString());
        recorded("tool-x-day2.csv");
        source.configure(h.context("file", Map.of(), List.of(), (u, hd) -> null));
        SourceRun day2 = h.runner().importAll(source, h.context("file", Map.of(), List.of(), (u, hd) -> null).config());

        List<String> ids = h.landed("file").stream().map(r -> r.post().id()).toList();
        assertThat(ids).hasSize(7).doesNotHaveDuplicates();
        assertThat(ids.subList(0, 5)).containsExactly("file:1", "file:2", "file:3", "file:4", "file:5");
        assertThat(ids.subList(5, 7)).allMatch(id -> id.matches("file:[12]-[0-9a-f]{8}"));
        assertThat(source.idConflicts(day2.queries().get(0).query())).isEqualTo(2);
        assertThat(day2.warnings()).isEqualTo(2);
        assertThat(day2.queries().get(0).firstWarnings()).first().asString()
                .contains("id '1' was imported before for another post").contains("kept as file:1-")
                .contains("\"ids\": \"per_export\"");
    }

    @Test
    void an_id_that_comes_back_for_another_post_in_the_same_run_is_also_kept_apart() throws IOException {
        SourceHarness h = harness();
        SourceRun run = importToolX(h, toolXClaimingUniqueIds(), "tool-x-day1.csv", "tool-x-day2.csv");

        assertThat(h.landed("file")).extracting(r -> r.post().id()).hasSize(7).doesNotHaveDuplicates();
        assertThat(run.duplicates()).isZero();
        assertThat(run.warnings()).isEqualTo(3); // 2 ids used again, 1 'n/a' count
    }

    @Test
    void an_unknown_mapping_is_refused_before_any_file_is_read() {
        SourceHarness h = harness();
        FileSource source = FileSource.forFiles(List.of(exports), "no-such-mapping");

        assertThatThrownBy(() -> source.configure(h.context("file", Map.of(), List.of(), (u, hd) -> null)))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("no-such-mapping").hasMessageContaining("sasando");
    }
}
