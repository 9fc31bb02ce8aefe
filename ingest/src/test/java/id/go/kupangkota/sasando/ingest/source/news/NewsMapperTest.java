package id.go.kupangkota.sasando.ingest.source.news;

import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.ingest.source.Mapped;
import id.go.kupangkota.sasando.ingest.source.MappingException;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The news mapper on items cut from the recorded feeds, without any network. */
class NewsMapperTest {
    static final SourceQuery QUERY = SourceQuery.of("feed.nusaflobamora", "https://nusaflobamora.example/feed/");
    final NewsMapper mapper = new NewsMapper();

    @Test
    void mapsASummaryOnlyRssItemWithItsZoneApplied() throws Exception {
        Mapped mapped = mapper.map(item("news/nusaflobamora-rss.xml", 0), QUERY);

        Post post = mapped.post();
        assertThat(post.title()).isEqualTo("Pemkot Kupang Bina KIM, Cegah Radikalisme dan Terorisme");
        assertThat(post.url()).isEqualTo("https://nusaflobamora.example/2024/07/11/pemkot-kupang-bina-kim/");
        assertThat(post.id()).isEqualTo("news:" + NewsMapper.stableId(post.url()));
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2024-07-10T23:30:00Z"));
        assertThat(post.text()).startsWith("KUPANG. NUSA FLOBAMORA").endsWith("[…]");
        assertThat(post.lang()).isEqualTo("id");
        assertThat(mapped.unmapped()).containsExactly("comments", "category", "slash:comments");
    }

    @Test
    void prefersTheArticleTextOverTheFeedSummary() throws Exception {
        RawItem summaryOnly = item("news/nusaflobamora-rss.xml", 1);
        NewsItem withArticle = NewsItem.fromJson(summaryOnly.raw())
                .withArticle("https://nusaflobamora.example/2024/07/12/banjir-oesapa/",
                        "<p>Hujan deras sejak Kamis malam membuat air menggenangi jalan di Oesapa.</p><p>Warga minta drainase di sepanjang jalan itu segera diperbaiki oleh Dinas PU Kota Kupang.</p>", null);

        Post post = mapper.map(new RawItem(withArticle.toJson(), "test"), QUERY).post();

        assertThat(post.text()).isEqualTo("Hujan deras sejak Kamis malam membuat air menggenangi jalan di Oesapa.\nWarga minta drainase di sepanjang jalan itu segera diperbaiki oleh Dinas PU Kota Kupang.");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2024-07-11T22:15:00Z"));
    }

    @Test
    void mapsAnAtomEntry() throws Exception {
        Post post = mapper.map(item("news/antara-atom.xml", 1), QUERY).post();

        assertThat(post.title()).startsWith("BMKG: hujan lebat");
        assertThat(post.authorName()).isEqualTo("Kornelis Kaha");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2024-07-10T16:30:00Z"));
        assertThat(post.text()).startsWith("BMKG Stasiun Meteorologi El Tari Kupang");
    }

    @Test
    void anItemWithoutLinkOrGuidIsRejectedWithItsReason() {
        NewsItem bare = new NewsItem("https://x.example/feed", "X", "rss_2.0", "id",
                "<item><title>Tanpa tautan</title><description>Isi</description></item>", null, null, null);

        assertThatThrownBy(() -> mapper.map(new RawItem(bare.toJson(), "test"), QUERY))
                .isInstanceOf(MappingException.class).hasMessageContaining("neither link nor guid");
    }

    @Test
    void anItemWithAnUnreadableDateIsKeptAndSaysSo() throws Exception {
        NewsItem odd = new NewsItem("https://x.example/feed", "X", "rss_2.0", "id",
                "<item><title>Judul</title><link>https://x.example/1</link><pubDate>kemarin sore</pubDate>"
                        + "<description>Isi berita</description></item>", null, null, null);

        Mapped mapped = mapper.map(new RawItem(odd.toJson(), "test"), QUERY);

        assertThat(mapped.post().createdAt()).isNull();
        assertThat(mapped.unmapped()).contains("pubDate (absent or unreadable: the post has no creation time)");
    }

    @Test
    void aRawItemThatIsNotJsonIsRejected() {
        assertThatThrownBy(() -> mapper.map(new RawItem("<item>", "test"), QUERY))
                .isInstanceOf(MappingException.class).hasMessageContaining("not valid JSON");
    }

    /** The i-th item of a recorded feed, as the source would land it (links on nusaflobamora.example). */
    static RawItem item(String resource, int i) throws Exception {
        byte[] feed = new String(resource(resource), StandardCharsets.ISO_8859_1)
                .replace("{{base}}", "https://nusaflobamora.example/").getBytes(StandardCharsets.ISO_8859_1);
        FeedReader.Parsed parsed = FeedReader.read(feed);
        return new RawItem(new NewsItem(QUERY.value(), "Nusa Flobamora", parsed.type(), parsed.language(),
                parsed.itemXml(i), null, null, null).toJson(), resource + "#" + i);
    }
}
