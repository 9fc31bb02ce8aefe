package id.go.kupangkota.sasando.ingest.source.news;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Finding an article's text on portal pages, without their ads and navigation. */
class ArticleExtractorTest {
    final ArticleExtractor extractor = ArticleExtractor.standard();

    @Test
    void takesTheContentContainerWithoutAdsScriptsOrReadAlsoLinks() {
        String html = extractor.mainContent(resource("news/article-kim.html"), null, "https://nusaflobamora.example/");

        assertThat(html).startsWith("<p>KUPANG. NUSA FLOBAMORA").doesNotContain("<script", "IKLAN", "Baca Juga", "class=");
        assertThat(ArticleExtractor.text(html).lines()).hasSize(13);
    }

    @Test
    void withoutAKnownContainerTakesTheSubstantialParagraphsOfThePage() {
        String page = "<html><body><div class='x'><p>Menu</p>"
                + "<p>Pemerintah Kota Kupang membuka posko pengaduan air bersih di setiap kelurahan mulai pekan depan.</p>"
                + "<p>Warga dapat melapor langsung atau melalui nomor WhatsApp posko yang diumumkan oleh kelurahan masing-masing.</p>"
                + "<p>Posko buka setiap hari dari pukul delapan pagi sampai pukul empat sore, termasuk hari Sabtu.</p>"
                + "</div></body></html>";

        String html = extractor.mainContent(page.getBytes(StandardCharsets.UTF_8), "UTF-8", "https://contoh.example/");

        assertThat(ArticleExtractor.text(html).lines()).hasSize(3).noneMatch(l -> l.equals("Menu"));
    }

    @Test
    void aPageWithoutArticleTextGivesNothing() {
        String page = "<html><body><nav>Beranda</nav><p>Halaman tidak ditemukan.</p></body></html>";

        assertThat(extractor.mainContent(page.getBytes(StandardCharsets.UTF_8), null, "https://contoh.example/")).isNull();
    }

    @Test
    void textPutsEachParagraphOnItsOwnLineAndReadsPlainText() {
        assertThat(ArticleExtractor.text("<p>Satu</p><ul><li>Dua</li></ul><blockquote><p>Tiga</p></blockquote>"))
                .isEqualTo("Satu\nDua\nTiga");
        assertThat(ArticleExtractor.text("Ringkasan berita tanpa tag")).isEqualTo("Ringkasan berita tanpa tag");
    }
}
