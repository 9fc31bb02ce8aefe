package id.go.kupangkota.sasando.text.resource;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects every resource the taggers load and hashes them together, so the pipeline version
 * changes exactly when a lexicon or model changes (and re-tagging can be targeted).
 * Not thread-safe: used only while loading.
 */
public final class ResourceDigest {
    private final Map<String, byte[]> contents = new TreeMap<>();

    public DataFile read(String path) {
        DataFile file = DataFile.read(path);
        contents.put(path, file.bytes());
        return file;
    }

    public byte[] readBytes(String path) {
        byte[] bytes = DataFile.readBytes(path);
        contents.put(path, bytes);
        return bytes;
    }

    /** The first 10 hex digits of SHA-256 over every path and content, in path order. */
    public String shortHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            contents.forEach((path, bytes) -> {
                sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
