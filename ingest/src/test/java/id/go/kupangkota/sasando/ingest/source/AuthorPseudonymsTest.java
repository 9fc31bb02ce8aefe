package id.go.kupangkota.sasando.ingest.source;

import id.go.kupangkota.sasando.core.config.SasandoSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Author pseudonyms: stable, per source, salted, and never revealing the salt. */
class AuthorPseudonymsTest {
    final AuthorPseudonyms pseudonyms = new AuthorPseudonyms("garam-rahasia-kupang-2024".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSameAuthorGetsTheSameKeyAndOtherAuthorsOrSourcesAnother() {
        String key = pseudonyms.of("x", "1500000000000000001");

        assertThat(key).matches("[0-9a-f]{32}").isEqualTo(pseudonyms.of("x", "1500000000000000001"));
        assertThat(key).isNotEqualTo(pseudonyms.of("x", "1500000000000000002"))
                .isNotEqualTo(pseudonyms.of("file", "1500000000000000001"))
                .doesNotContain("1500000000000000001");
    }

    @Test
    void theKeyIsTheHmacSha256OfSourceAndAuthorOnEveryThread() throws Exception {
        // computed apart: python3 hmac.new(salt, b"x:42", sha256).hexdigest()[:32]
        String expected = "a779cd3370ce576e9d534a1531fc5717";
        assertThat(pseudonyms.of("x", "42")).isEqualTo(expected);
        assertThat(pseudonyms.of("x", "43")).isNotEqualTo(expected); // the kept MAC is reset between uses
        assertThat(pseudonyms.of("x", "42")).isEqualTo(expected);

        String[] onAnotherThread = new String[1];
        Thread other = new Thread(() -> onAnotherThread[0] = pseudonyms.of("x", "42"));
        other.start();
        other.join();
        assertThat(onAnotherThread[0]).isEqualTo(expected);
    }

    @Test
    void theFunctionOfASourceGivesTheSameKeysAsComputingEachOne() {
        var ofX = pseudonyms.forSource("x");

        for (int round = 0; round < 2; round++) { // the second round answers from what it remembers
            for (int author = 0; author < 1_000; author++) {
                assertThat(ofX.apply("akun" + author)).isEqualTo(pseudonyms.of("x", "akun" + author));
            }
        }
        assertThat(ofX.apply("42")).isEqualTo("a779cd3370ce576e9d534a1531fc5717");
    }

    @Test
    void aDifferentSaltGivesDifferentKeys() {
        AuthorPseudonyms other = new AuthorPseudonyms("garam-lain-untuk-instalasi-lain".getBytes(StandardCharsets.UTF_8));

        assertThat(other.of("x", "42")).isNotEqualTo(pseudonyms.of("x", "42"));
    }

    @Test
    void withoutAConfiguredSaltOneIsCreatedOnceInTheDataHome(@TempDir Path home) throws Exception {
        assumeTrue(System.getenv(AuthorPseudonyms.SALT_ENV) == null && System.getenv(AuthorPseudonyms.SALT_FILE_ENV) == null,
                "a salt is configured in this environment");
        SasandoSettings settings = new SasandoSettings(home, "http://127.0.0.1:1", null, null, "t-");

        String first = AuthorPseudonyms.of(settings).of("x", "42");
        String again = AuthorPseudonyms.of(settings).of("x", "42");

        assertThat(first).isEqualTo(again);
        assertThat(Files.readString(home.resolve("ingest/pseudonym.salt"))).hasSize(64);
        assertThat(AuthorPseudonyms.of(settings).toString()).doesNotContain(Files.readString(home.resolve("ingest/pseudonym.salt")));
    }
}
