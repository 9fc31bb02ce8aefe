package id.go.kupangkota.sasando.spark.enrich;

import java.io.Serializable;

/** The mapped post of one landing line, as JSON, with what deduplication needs. */
public class LandingPost implements Serializable {
    private String id;
    private long fetchedAt;
    private String post;

    public LandingPost() {
    }

    public LandingPost(String id, long fetchedAt, String post) {
        this.id = id;
        this.fetchedAt = fetchedAt;
        this.post = post;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Epoch milliseconds of the fetch: of two copies of a post the later one wins. */
    public long getFetchedAt() {
        return fetchedAt;
    }

    public void setFetchedAt(long fetchedAt) {
        this.fetchedAt = fetchedAt;
    }

    /** Core {@code Post} as JSON. */
    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }
}
