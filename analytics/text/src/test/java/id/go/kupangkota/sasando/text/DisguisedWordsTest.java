package id.go.kupangkota.sasando.text;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.text.normalize.Disguise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Risk words written to get past keyword filters (zero-width characters, accents, full-width and styled
 * letters, small capitals, circled and squared letters, Cyrillic and Greek look-alikes in a Latin word) are read as the words they show, in harmless contexts as in harmful ones, and every evidence
 * span is still the post's own characters.
 */
class DisguisedWordsTest {
    private static final Tagger TAGGER = Tagger.shared();

    /** Harmful posts: the risk they carry, the risk word, the post with "%s" for it. */
    private static final List<String[]> HARMFUL = List.of(
            new String[]{"terorisme", "bom", "siap %s gereja"},
            new String[]{"intoleransi", "kafir", "dasar %s, bunuh saja mereka"},
            new String[]{"intoleransi", "bakar", "ayo %s gereja mereka"},
            new String[]{"provokasi", "serbu", "Ayo %s kantor lurah besok pagi!"});
    /** The same words where the existing context rules read them as harmless. */
    private static final List<String[]> HARMLESS = List.of(
            new String[]{"bom", "%s ikan di perairan Semau makin marak"},
            new String[]{"kafir", "jangan sebut orang lain %s"},
            new String[]{"kafir", "kisah %s Quraisy di zaman nabi"},
            new String[]{"bakar", "ikan %s di Kampung Solor enak"});

    @ParameterizedTest
    @EnumSource(Disguise.class)
    void aDisguisedRiskWordInAHarmfulPostIsRiskWithEvidenceOverTheWordAsWritten(Disguise disguise) {
        for (String[] post : HARMFUL) {
            String word = disguise.apply(post[1]);
            String text = post[2].formatted(word);
            TagResult r = TAGGER.tag(text);
            assertThat(r.risk()).as(text).contains(post[0]);
            assertThat(r.risk()).as(text).isEqualTo(TAGGER.tag(post[2].formatted(post[1])).risk());
            assertThat(r.evidence()).as(text).anySatisfy(e -> {
                assertThat(e.term()).isEqualTo(word);
                assertThat(e.start()).isEqualTo(text.indexOf(word));
            });
            assertSpansAreTheTextsOwn(text, r);
        }
    }

    @ParameterizedTest
    @EnumSource(Disguise.class)
    void aDisguisedRiskWordInAHarmlessContextStaysHarmless(Disguise disguise) {
        for (String[] post : HARMLESS) {
            String text = post[1].formatted(disguise.apply(post[0]));
            assertThat(TAGGER.tag(text).risk()).as(text).isEmpty();
            String allDisguised = disguise.apply(post[1].formatted(post[0]));
            assertThat(TAGGER.tag(allDisguised).risk()).as(allDisguised).isEmpty();
        }
    }

    @Test
    void theStyledBombOfTheBriefIsTerrorismWithItsSpan() {
        String text = "siap \uD835\uDC1B\uD835\uDC28\uD835\uDC26 gereja";
        TagResult r = TAGGER.tag(text);
        assertThat(r.risk()).containsExactly("terorisme");
        assertThat(r.evidence()).extracting(Evidence::term, Evidence::start, Evidence::end)
                .contains(org.assertj.core.groups.Tuple.tuple("\uD835\uDC1B\uD835\uDC28\uD835\uDC26", 5, 11));
        assertThat(TAGGER.tag("\uFF42\uFF4F\uFF4D ikan").risk()).isEmpty();
    }

    @Test
    void theLookAlikeSmallCapitalAndEnclosedDisguisesOfTheBriefAreRead() {
        for (String word : List.of("k\u0430fir", "b\u043Em", "\u0392\u039FM", "\u0299\u1D0F\u1D0D", "\u1D0B\u1D00\uA730\u026A\u0280",
                "\u24D1\u24DE\u24DC", "\uD83C\uDD51\uD83C\uDD5E\uD83C\uDD5C", "\uD83C\uDD31\uD83C\uDD3E\uD83C\uDD3C",
                "\uD83C\uDD71\uD83C\uDD7E\uD83C\uDD7C")) {
            String text = "dasar " + word + " gereja, bunuh saja mereka";
            TagResult r = TAGGER.tag(text);
            assertThat(r.risk()).as(text).isNotEmpty();
            assertThat(r.evidence()).as(text).anySatisfy(e -> assertThat(e.term()).isEqualTo(word));
            assertSpansAreTheTextsOwn(text, r);
        }
    }

    /** Digits for letters ("b0m", "k4fir") are read, but only as a risk word: the span is the word as written. */
    @Test
    void digitsForLettersAreReadAsARiskWordOnly() {
        TagResult r = TAGGER.tag("siap b0m gereja");
        assertThat(r.risk()).containsExactly("terorisme");
        assertThat(r.evidence()).extracting(Evidence::term, Evidence::start, Evidence::end)
                .contains(org.assertj.core.groups.Tuple.tuple("b0m", 5, 8));
        assertSpansAreTheTextsOwn("siap b0m gereja", r);
        for (String[] post : HARMFUL) {
            String word = post[1].replace('a', '4').replace('o', '0').replace('e', '3');
            String text = post[2].formatted(word);
            TagResult leet = TAGGER.tag(text);
            assertThat(leet.risk()).as(text).isEqualTo(TAGGER.tag(post[2].formatted(post[1])).risk()).contains(post[0]);
            assertThat(leet.evidence()).as(text).anySatisfy(e -> assertThat(e.term()).isEqualTo(word));
            assertSpansAreTheTextsOwn(text, leet);
        }
        // the existing context rules still read a harmless sense
        assertThat(TAGGER.tag("b0m ikan di perairan Semau makin marak").risk()).isEmpty();
        assertThat(TAGGER.tag("ikan b4kar di Kampung Solor enak").risk()).isEmpty();
        assertThat(TAGGER.tag("t3r0r1s ditangkap, katong harus waspada").topics()).contains("terorisme");
    }

    /** Digits in ordinary words mean themselves: the words stay as written (or as the maps read them). */
    @Test
    void digitsInOrdinaryWordsAreLeftAsTheyAre() {
        var normalizer = id.go.kupangkota.sasando.text.normalize.Normalizer.load(
                new id.go.kupangkota.sasando.text.resource.ResourceDigest());
        assertThat(normalizer.normalize("anak2 se7 b4 4JJI g4k covid19 DH 1234 AB").normText())
                .isEqualTo("anak se7 b4 4jji g4k covid19 dh 1234 ab");
        for (String text : List.of("anak2 sekolah se7 sama b4 pulang", "semoga 4JJI melindungi, g4k usah takut covid19",
                "oto DH 1234 AB parkir di Oebobo")) {
            assertThat(TAGGER.tag(text).risk()).as(text).isEmpty();
        }
    }

    /** Russian and Greek are written in their letters: a word wholly in one of them is not read as Latin. */
    @Test
    void aWordWhollyInCyrillicOrGreekIsLeftAsItIs() {
        // "сом" (a catfish) and "ΒΟΜ" are all look-alike letters, but no Latin letter is beside them
        for (String word : List.of("\u0441\u043E\u043C", "\u0412\u041E\u041C", "\u0392\u039F\u039C", "\u03BF\u03BA")) {
            String text = "siap " + word + " gereja";
            assertThat(TAGGER.tag(text).risk()).as(text).isEmpty();
        }
        assertThat(TAGGER.tag("siap b\u043Em gereja").risk()).containsExactly("terorisme");
    }

    /**
     * Every test post of the module (risk, trap, sentiment, emotion and place sets), its letters disguised,
     * gets the plain post's risk, topics, stance, kecamatan, sentiment, emotion and hashtags.
     */
    @ParameterizedTest
    @EnumSource(Disguise.class)
    void everyTestPostDisguisedIsTaggedAsThePlainPost(Disguise disguise) throws IOException {
        List<String> posts = testPosts();
        assertThat(posts).hasSizeGreaterThan(5_000);
        for (String plain : posts) {
            TagResult expected = TAGGER.tag(disguise.shown(plain));
            String text = disguise.apply(plain);
            TagResult r = TAGGER.tag(text);
            assertThat(r.risk()).as(text).isEqualTo(expected.risk());
            assertThat(r.topics()).as(text).isEqualTo(expected.topics());
            assertThat(r.stance()).as(text).isEqualTo(expected.stance());
            assertThat(r.kecamatan()).as(text).isEqualTo(expected.kecamatan());
            assertThat(r.sentiment()).as(text).isEqualTo(expected.sentiment());
            assertThat(r.emotion()).as(text).isEqualTo(expected.emotion());
            assertThat(r.hashtags()).as(text).isEqualTo(expected.hashtags());
            assertThat(r.evidence()).as(text).extracting(Evidence::category)
                    .containsExactlyElementsOf(expected.evidence().stream().map(Evidence::category).toList());
            assertSpansAreTheTextsOwn(text, r);
        }
    }

    /**
     * Random mixes of risk words, disguises and odd characters (marks, invisible characters, emoji, lone
     * surrogates, other scripts): no call throws, and every span is the text's own and cuts no surrogate pair.
     */
    @Test
    void randomDisguisesAndOddCharactersKeepEverySpanTheTextsOwn() {
        Random random = new Random(20261201);
        String[] words = {"bom", "kafir", "bakar", "gereja", "dibunuh", "serbu", "ayo", "siap", "ikan", "Oebobo",
                "listrik", "padam", "katanya", "#bom", "#TolakRadikalisme", "@pdam", "sonde", "tidak", "jangan"};
        String[] odd = {"\u200B", "\u200D", "\u00AD", "\u2060", "\uFEFF", "\u0301", "\u0332", "\uFE0F", "\u20E3",
                "\uD83D\uDCA3", "\uD83D\uDC4D\uD83C\uDFFD", "\uD800", "\uDC00", "\u202E", "\u0645", "\u05D0", "\u4E2D",
                "\u0430", "\u03BF", "\u1D0F", "\u24D1", "\uD83C\uDD70", "\uD83C\uDD70\uFE0F", "-", "'", ".", ",", " ", "\n", "\uFF0C",
                "\uFF03", "#", "_", "2"};
        Disguise[] disguises = Disguise.values();
        int spans = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                String word = words[random.nextInt(words.length)];
                sb.append(random.nextBoolean() ? disguises[random.nextInt(disguises.length)].apply(word) : word);
                for (int k = random.nextInt(3); k > 0; k--) {
                    sb.append(odd[random.nextInt(odd.length)]);
                }
                sb.append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = sb.toString();
            TagResult r = TAGGER.tag(text);
            spans += assertSpansAreTheTextsOwn(text, r);
        }
        assertThat(spans).isGreaterThan(3_000);
    }

    private static int assertSpansAreTheTextsOwn(String text, TagResult r) {
        List<Evidence> all = new ArrayList<>(r.evidence());
        all.addAll(TAGGER.sentimentEvidence(text, null, 5));
        for (Evidence e : all) {
            assertThat(text.substring(e.start(), e.end())).as(text).isEqualTo(e.term());
            assertThat(e.start() > 0 && Character.isLowSurrogate(text.charAt(e.start()))
                    && Character.isHighSurrogate(text.charAt(e.start() - 1))).as("%s cuts a pair: %s", e, text).isFalse();
            assertThat(e.end() < text.length() && Character.isLowSurrogate(text.charAt(e.end()))
                    && Character.isHighSurrogate(text.charAt(e.end() - 1))).as("%s cuts a pair: %s", e, text).isFalse();
        }
        return all.size();
    }

    /** The text (last column) of every post in the module's test sets. */
    private static List<String> testPosts() throws IOException {
        List<String> posts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/sasando/text"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        posts.add(line.substring(line.lastIndexOf('\t') + 1));
                    }
                }
            }
        }
        return posts;
    }
}
