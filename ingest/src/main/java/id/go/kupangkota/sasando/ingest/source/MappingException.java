package id.go.kupangkota.sasando.ingest.source;

/** A payload that cannot become a post; the message says why (field and value). */
public class MappingException extends Exception {
    public MappingException(String message) {
        super(message);
    }
}
