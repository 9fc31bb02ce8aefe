package id.go.kupangkota.sasando.ingest.source;

/**
 * Maps one raw payload of a source to a {@code Post}, reporting the raw fields it did not use
 * ({@link FieldTracker} helps with JSON payloads). A mapper never drops an item silently: what it
 * cannot map throws {@link MappingException} and the runner keeps the payload in the rejects folder.
 */
public interface Mapper {

    /** Version of the mapping, stored with every landing record (bump it when the mapping changes). */
    String version();

    /**
     * @param item  the raw payload
     * @param query the query it was fetched for (its value goes to {@code Post.query} unless set)
     * @throws MappingException when the payload cannot become a post (no id, no text, bad date)
     */
    Mapped map(RawItem item, SourceQuery query) throws MappingException;
}
