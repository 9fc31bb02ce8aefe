package id.go.kupangkota.sasando.core.landing;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.kupangkota.sasando.core.post.Post;

import java.time.Instant;
import java.util.List;

/**
 * One line of a landing-zone file: what the source sent ({@code raw}, verbatim), how it was fetched,
 * and the {@link Post} the source's mapper made of it. The raw payload stays so that a better
 * mapper can re-read history; {@code unmapped} lists fields the mapper could not use.
 *
 * @param source        source name, e.g. {@code x}, {@code news}, {@code file}
 * @param query         watchlist query, feed URL or file name the item came from
 * @param fetchedAt     when Sasando received it
 * @param mapperVersion version of the mapper that produced {@code post}
 * @param raw           the payload as received (a JSON object's text, an XML item, a CSV row)
 * @param post          the mapped post
 * @param unmapped      names of raw fields the mapper could not map (empty when all mapped)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LandingRecord(String source, String query, Instant fetchedAt, String mapperVersion,
                            String raw, Post post, List<String> unmapped) {
}
