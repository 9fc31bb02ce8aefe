package id.go.kupangkota.sasando.ingest.source.x;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.ingest.source.Mapped;
import id.go.kupangkota.sasando.ingest.source.MappingException;
import id.go.kupangkota.sasando.ingest.source.RawItem;
import id.go.kupangkota.sasando.ingest.source.SourceQuery;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The X mapper on items cut from the recorded pages, without any network. */
class XMapperTest {
    static final SourceQuery QUERY = SourceQuery.of("search.air-bersih", "(\"air bersih\" OR PDAM)");
    final XMapper mapper = new XMapper(authorId -> "key-" + authorId);

    @Test
    void mapsAnOriginalPostWithItsAuthorCountsAndEntities() throws Exception {
        Mapped mapped = mapper.map(item("x/search-page-1.json", 2), QUERY);

        Post post = mapped.post();
        assertThat(post.id()).isEqualTo("x:1811192428753915905");
        assertThat(post.url()).isEqualTo("https://x.com/nona_oebobo/status/1811192428753915905");
        assertThat(post.authorHandle()).isEqualTo("nona_oebobo");
        assertThat(post.authorName()).isEqualTo("Nona Oebobo");
        assertThat(post.authorKey()).isEqualTo("key-1500000000000000001");
        assertThat(post.authorCreatedAt()).isEqualTo(Instant.parse("2019-03-02T10:11:12Z"));
        assertThat(post.lang()).isEqualTo("id");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2024-07-11T00:15:00Z"));
        assertThat(List.of(post.likeCount(), post.replyCount(), post.repostCount(), post.quoteCount(), post.viewCount()))
                .containsExactly(12L, 1L, 3L, 1L, 845L);
        assertThat(post.hashtags()).containsExactly("AirBersih", "KotaKupang");
        assertThat(post.mentions()).containsExactly("warta_kupang_demo");
        assertThat(mapped.unmapped()).contains("conversation_id", "edit_history_tweet_ids",
                "public_metrics.bookmark_count").doesNotContain("text", "id", "entities.hashtags");
    }

    @Test
    void aReplyAndAQuoteBecomeEdgesAndLinksAreExpanded() throws Exception {
        Post reply = mapper.map(item("x/search-page-1.json", 1), QUERY).post();
        Post quote = mapper.map(item("x/search-page-1.json", 0), QUERY).post();

        assertThat(reply.replyTo()).isEqualTo("x:1811192428753915905");
        assertThat(quote.quoteOf()).isEqualTo("x:1811192428753915905");
        assertThat(quote.links()).containsExactly("https://kim-kelapalima.example.id/lapor-air",
                "https://twitter.com/nona_oebobo/status/1811192428753915905");
    }

    @Test
    void aRepostCarriesTheFullTextOfTheOriginal() throws Exception {
        Post repost = mapper.map(item("x/search-page-2.json", 1), QUERY).post();

        assertThat(repost.repostOf()).isEqualTo("x:1810086390789115905");
        assertThat(repost.text()).startsWith("Pengumuman: mulai Senin 8 Juli 2024").doesNotContain("…")
                .endsWith("#AirBersih #KotaKupang");
    }

    @Test
    void anAuthorMissingFromTheIncludesOrWithAnUnreadableCreationTimeHasNoAccountAge() throws Exception {
        RawItem noAuthor = new RawItem("{\"data\":{\"id\":\"1\",\"text\":\"halo\",\"author_id\":\"9\"}}", "t");
        RawItem badDate = new RawItem("{\"data\":{\"id\":\"1\",\"text\":\"halo\",\"author_id\":\"9\"},"
                + "\"includes\":{\"users\":[{\"id\":\"9\",\"username\":\"ana\",\"created_at\":\"kemarin\"}]}}", "t");

        assertThat(mapper.map(noAuthor, QUERY).post().authorCreatedAt()).isNull();
        Mapped mapped = mapper.map(badDate, QUERY);
        assertThat(mapped.post().authorCreatedAt()).isNull();
        assertThat(mapped.post().authorHandle()).isEqualTo("ana");
        assertThat(mapped.unmapped()).contains("includes.users.created_at (unreadable: kemarin)");
        assertThat(mapped.warnings()).contains("author 9 has an unreadable created_at: no account age");
    }

    @Test
    void theCreationTimeOfAPostWithoutCreatedAtComesFromItsId() {
        assertThat(XMapper.snowflakeTime("1811233952363515905")).isEqualTo(Instant.parse("2024-07-11T03:00:00Z"));
    }

    @Test
    void anItemWithoutIdOrTextIsRejectedWithItsReason() {
        assertThatThrownBy(() -> mapper.map(new RawItem("{\"data\":{\"text\":\"halo\"}}", "t"), QUERY))
                .isInstanceOf(MappingException.class).hasMessageContaining("numeric 'id'");
        assertThatThrownBy(() -> mapper.map(new RawItem("{\"data\":{\"id\":\"1\"}}", "t"), QUERY))
                .isInstanceOf(MappingException.class).hasMessageContaining("no text");
        assertThatThrownBy(() -> mapper.map(new RawItem("{\"data\":", "t"), QUERY))
                .isInstanceOf(MappingException.class).hasMessageContaining("not valid JSON");
    }

    /** The i-th post of a recorded page, cut into a raw item as the source does. */
    static RawItem item(String resource, int i) throws Exception {
        JsonNode page = Json.MAPPER.readTree(resource(resource));
        return XItems.split(page, resource).items().get(i);
    }
}
