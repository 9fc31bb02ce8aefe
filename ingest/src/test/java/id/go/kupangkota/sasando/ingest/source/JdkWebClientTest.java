package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.coverage.ErrorArg;
import id.go.kupangkota.sasando.core.coverage.ErrorCode;
import id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.Reply;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class JdkWebClientTest {
    @Test
    void aRecordedHtmlErrorPageBecomesOneShortLineOfItsText() {
        String page = new String(resource("news/not-found-404.html"), StandardCharsets.UTF_8);

        String line = JdkWebClient.oneLine(page);

        assertThat(line).startsWith("Halaman tidak ditemukan – Portal Pindah") // &#8211; read as the dash it is
                .doesNotContain("\n", "<", "&#", "gtag", "font-family");
        assertThat(line).hasSizeLessThanOrEqualTo(JdkWebClient.MAX_ERROR_CHARS).endsWith("…");
    }

    @Test
    void aShortPlainBodyIsKeptOnOneLine() {
        assertThat(JdkWebClient.oneLine("{\"error\":\n  \"not found\"}")).isEqualTo("{\"error\": \"not found\"}");
        assertThat(JdkWebClient.oneLine(null)).isEmpty();
    }

    @Test
    void aPortalThatNeverFinishesItsAnswerTimesOutAsUnreachableAndIsRetried() {
        try (ReplayHttpServer portal = ReplayHttpServer.start()) {
            portal.on("/feed/", Reply.ok("<rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8))
                    .withHeaders(Map.of("Content-Type", "application/rss+xml")).endless(Duration.ofMillis(50)));
            JdkWebClient web = new JdkWebClient(Clock.systemUTC(), Duration.ofSeconds(1), JdkWebClient.MAX_BODY_BYTES);

            // the headers come at once and a byte every 50 ms after them: a wait per read never fires
            SourceException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> catchThrowableOfType(
                    () -> web.get(URI.create(portal.baseUrl() + "feed/"), Map.of()), SourceException.class));

            assertThat(e).isNotNull();
            assertThat(e.code()).isEqualTo(ErrorCode.WEB_UNREACHABLE);
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).contains("127.0.0.1", "1 s");
        }
    }

    @Test
    void anAnswerLargerThanAPageCanBeIsRefusedWithoutHoldingItInMemory() {
        try (ReplayHttpServer portal = ReplayHttpServer.start()) {
            // an item linking to the city budget as a PDF, or a stream: far more than any feed or article page
            portal.on("/apbd-2027.pdf", Reply.ok(new byte[3 << 20]).withHeaders(Map.of("Content-Type", "application/pdf")))
                    .on("/siaran-langsung", Reply.ok(new byte[64 << 10]).endless(Duration.ofMillis(1)));
            JdkWebClient web = new JdkWebClient(Clock.systemUTC(), Duration.ofSeconds(20), 1 << 20);

            for (String path : List.of("apbd-2027.pdf", "siaran-langsung")) {
                URI uri = URI.create(portal.baseUrl() + path);
                SourceException e = catchThrowableOfType(() -> web.get(uri, Map.of()), SourceException.class);

                assertThat(e).as(path).isNotNull();
                assertThat(e.code()).isEqualTo(ErrorCode.WEB_TOO_LARGE);
                assertThat(e.retryable()).isFalse();
                assertThat(e.args()).containsEntry(ErrorArg.ADDRESS, uri.toString());
                assertThat(e.getMessage()).contains("more than 1 MiB");
            }
        }
    }

    @Test
    void aRedirectedFeedIsFollowedToItsNewAddress() throws SourceException {
        try (ReplayHttpServer portal = ReplayHttpServer.start()) {
            portal.on("/old/", Reply.status(301).withHeaders(Map.of("Location", portal.baseUrl() + "moved/")))
                    .on("/moved/", Reply.status(302).withHeaders(Map.of("Location", "/feed/")))
                    .on("/feed/", Reply.ok("<rss/>".getBytes(StandardCharsets.UTF_8)));

            WebResponse r = new JdkWebClient(Clock.systemUTC()).get(URI.create(portal.baseUrl() + "old/"), Map.of());

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text()).isEqualTo("<rss/>");
        }
    }

    @Test
    void aClientErrorNamesTheStatusAndTheShortenedBody() {
        WebResponse notFound = new WebResponse(404, Map.of(), resource("news/not-found-404.html"));

        assertThatThrownBy(() -> JdkWebClient.check(URI.create("https://portal.example/feed/"), notFound, Clock.systemUTC()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("HTTP 404 from portal.example/feed/: Halaman tidak ditemukan")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(260));
    }
}
