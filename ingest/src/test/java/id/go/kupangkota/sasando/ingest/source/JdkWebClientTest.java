package id.go.kupangkota.sasando.ingest.source;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import static id.go.kupangkota.sasando.ingest.source.ReplayHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdkWebClientTest {
    @Test
    void aRecordedHtmlErrorPageBecomesOneShortLineOfItsText() {
        String page = new String(resource("news/not-found-404.html"), StandardCharsets.UTF_8);

        String line = JdkWebClient.oneLine(page);

        assertThat(line).startsWith("Halaman tidak ditemukan").doesNotContain("\n", "<", "gtag", "font-family");
        assertThat(line).hasSizeLessThanOrEqualTo(JdkWebClient.MAX_ERROR_CHARS).endsWith("…");
    }

    @Test
    void aShortPlainBodyIsKeptOnOneLine() {
        assertThat(JdkWebClient.oneLine("{\"error\":\n  \"not found\"}")).isEqualTo("{\"error\": \"not found\"}");
        assertThat(JdkWebClient.oneLine(null)).isEmpty();
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
