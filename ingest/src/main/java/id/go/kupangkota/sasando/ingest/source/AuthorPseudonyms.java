package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.config.SasandoSettings;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Author pseudonyms ({@code Post.authorKey}): HMAC-SHA256 of {@code source:authorId} under a secret
 * salt, so analysts can count and follow an account without the key revealing who it is, and the
 * same author gets the same key in every run. The salt comes from {@value #SALT_ENV} (or the file
 * named by {@value #SALT_FILE_ENV}); without either, a random salt is created once in
 * {@code <home>/ingest/pseudonym.salt} and reused. Never logged, not even by {@link #toString}.
 */
public final class AuthorPseudonyms {
    public static final String SALT_ENV = "SASANDO_PSEUDONYM_SALT";
    public static final String SALT_FILE_ENV = "SASANDO_PSEUDONYM_SALT_FILE";
    private static final String ALGORITHM = "HmacSHA256";
    /** 16 bytes = 32 hex characters: collisions are negligible for any number of accounts we will see. */
    private static final int KEY_BYTES = 16;
    private static final int REMEMBERED = 50_000;

    private final byte[] salt;
    /**
     * One keyed MAC per thread: looking the algorithm up and keying it took more CPU than the MAC
     * itself (6 % of a file import's CPU in a JFR profile). A Mac is not thread-safe, and doFinal
     * resets it for the next use with the same key.
     */
    private final ThreadLocal<Mac> macs;

    public AuthorPseudonyms(byte[] salt) {
        if (Objects.requireNonNull(salt, "salt").length < 16) {
            throw new IllegalArgumentException("a pseudonym salt needs at least 16 bytes");
        }
        this.salt = salt.clone();
        this.macs = ThreadLocal.withInitial(this::keyedMac);
    }

    /** The pseudonyms of this installation (see the class comment for where the salt comes from). */
    public static AuthorPseudonyms of(SasandoSettings settings) {
        String salt = lookup(SALT_ENV);
        String file = lookup(SALT_FILE_ENV);
        try {
            if (salt == null && file != null) {
                salt = Files.readString(Path.of(file)).strip();
            }
            if (salt != null) {
                return new AuthorPseudonyms(salt.getBytes(StandardCharsets.UTF_8));
            }
            return new AuthorPseudonyms(localSalt(settings.home().resolve("ingest").resolve("pseudonym.salt")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym salt", e);
        }
    }

    /** The pseudonym of an author of a source, e.g. {@code of("x", "1512345678")}. */
    public String of(String source, String authorId) {
        byte[] digest = macs.get().doFinal((source + ":" + authorId).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, KEY_BYTES);
    }

    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(salt, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }

    /**
     * The pseudonyms of one source, as a function of the author id. An export repeats its authors
     * over and over, so the function remembers up to {@value #REMEMBERED} of them (forgetting all at
     * once when full): a map look-up instead of a MAC per post.
     */
    public Function<String, String> forSource(String source) {
        Map<String, String> known = new ConcurrentHashMap<>();
        return authorId -> {
            if (authorId == null) { // not remembered: the map takes no null key
                return of(source, null);
            }
            String key = known.get(authorId);
            if (key == null) {
                if (known.size() >= REMEMBERED) {
                    known.clear();
                }
                key = of(source, authorId);
                known.put(authorId, key);
            }
            return key;
        };
    }

    private static byte[] localSalt(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String hex = HexFormat.of().formatHex(random);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(".pseudonym.salt.tmp");
        Files.writeString(tmp, hex);
        try {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            Files.deleteIfExists(tmp);
        }
        return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
    }

    private static String lookup(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            v = System.getenv(name);
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    @Override
    public String toString() {
        return "AuthorPseudonyms[salt=***]";
    }
}
