package id.go.kupangkota.sasando.spark.enrich;

import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.Post;
import id.go.kupangkota.sasando.spark.common.CuratedPosts;
import id.go.kupangkota.sasando.text.Tagger;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Tags a partition of posts (core {@code Post} JSON in, rows of
 * {@link CuratedPosts#SCHEMA_WITH_JSON} out) with {@link Tagger#enrich}: the
 * tagger is loaded once per executor JVM and shared by its tasks. A post the tagger fails on is
 * logged with its id and counted, and stays in the landing zone for the next re-tag.
 */
public final class EnrichPartition implements MapPartitionsFunction<String, Row> {
    private static final Logger log = LoggerFactory.getLogger(EnrichPartition.class);

    private final Instant taggedAt;
    private final LongAccumulator failed;

    public EnrichPartition(Instant taggedAt, LongAccumulator failed) {
        this.taggedAt = taggedAt;
        this.failed = failed;
    }

    @Override
    public Iterator<Row> call(Iterator<String> posts) {
        Tagger tagger = Tagger.shared();
        // lazy, one post at a time: a partition never has to fit in memory
        return new Iterator<>() {
            private Row next = advance();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Row current = next;
                next = advance();
                return current;
            }

            private Row advance() {
                while (posts.hasNext()) {
                    String json = posts.next();
                    String id = null;
                    try {
                        Post post = Json.MAPPER.readValue(json, Post.class);
                        id = post.id();
                        Post enriched = tagger.enrich(post, taggedAt);
                        return CuratedPosts.toRow(enriched, Json.MAPPER.writeValueAsString(enriched));
                    } catch (IOException | RuntimeException e) {
                        failed.add(1);
                        log.error("post {} not tagged: {}", id, e.toString());
                    }
                }
                return null;
            }
        };
    }
}
