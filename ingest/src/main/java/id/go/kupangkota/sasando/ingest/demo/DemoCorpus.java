package id.go.kupangkota.sasando.ingest.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import id.go.kupangkota.sasando.core.post.Json;
import id.go.kupangkota.sasando.core.post.PostFields;
import id.go.kupangkota.sasando.core.time.Wita;
import id.go.kupangkota.sasando.ingest.demo.DemoVocabulary.Account;
import id.go.kupangkota.sasando.ingest.demo.DemoVocabulary.Category;
import id.go.kupangkota.sasando.ingest.demo.DemoVocabulary.Place;
import id.go.kupangkota.sasando.ingest.demo.DemoVocabulary.Spike;
import id.go.kupangkota.sasando.ingest.demo.DemoVocabulary.Template;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the demo corpus as JSON Lines in the {@code sasando} file-import format (columns named
 * like the post fields), plus truth columns the importer keeps as unmapped raw fields
 * ({@code demo_category}, {@code demo_topic}, {@code demo_risk}, {@code demo_stance},
 * {@code demo_lang}, {@code demo_kecamatan}) for evaluating the taggers.
 *
 * <p>Deterministic: the same seed, size and end instant give the same bytes. Streaming in constant
 * memory (a day's timestamps and a ring of recent posts for replies, quotes and reposts), so the
 * same generator writes twenty thousand posts for a demo or millions for a benchmark.
 */
public final class DemoCorpus {
    /** Posts a reply, quote or repost can point at: the most recent ones. */
    private static final int RING = 4096;
    /** Relative posting activity per WITA hour of day. */
    private static final double[] HOURS = {0.3, 0.15, 0.1, 0.1, 0.2, 0.6, 1.4, 2.2, 2.4, 2.0, 1.8, 1.9,
            2.3, 2.1, 1.7, 1.6, 1.8, 2.2, 2.6, 3.0, 3.1, 2.6, 1.6, 0.8};
    private static final List<String> GENERAL_TAGS = List.of("#KotaKupang", "#Kupang", "#NTT");
    /** Template slots that name a landmark of some kinds (places.txt): a market, a beach, a beach or park. */
    private static final Map<String, List<String>> KINDS = Map.of("pasar", List.of("pasar"),
            "pantai", List.of("pantai"), "santai", List.of("pantai", "taman"));
    private static final String[] STAPLES = {"beras", "minyak goreng", "gula pasir", "telur", "cabe rawit", "bawang merah"};
    private static final String[] PASLON = {"Paslon 01", "Paslon 02", "Paslon 03"};
    private static final DateTimeFormatter ISO_WITA = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ZoneOffset WITA_OFFSET = ZoneOffset.ofHours(8);

    private final DemoVocabulary vocabulary;
    private final long seed;
    private final Instant end;
    private final int weeks;

    /** Counts of what was written. */
    public record Summary(long posts, long days, LocalDate firstDay, LocalDate lastDay, long replies,
                          long quotes, long reposts, long botPosts, long risky) {
    }

    /**
     * @param seed  the random seed
     * @param end   the end of the corpus (exclusive), e.g. now
     * @param weeks how many weeks back from {@code end} the corpus covers
     */
    public DemoCorpus(long seed, Instant end, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1");
        }
        this.vocabulary = DemoVocabulary.load();
        this.seed = seed;
        this.end = end;
        this.weeks = weeks;
    }

    /** Writes {@code posts} posts as JSON Lines; the stream is flushed, not closed. */
    public Summary write(long posts, OutputStream out) throws IOException {
        Generator g = new Generator(new SplittableRandom(seed));
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            g.run(posts, json);
            json.writeRaw('\n');
            json.flush();
        }
        return g.summary();
    }

    /** One run of the generator: its random stream, counters and ring of recent posts. */
    private final class Generator {
        private final SplittableRandom random;
        private final List<Category> citizenCategories;
        private final double[] citizenWeights;
        private final List<Category> newsCategories;
        private final double[] newsWeights;
        private final java.util.Map<String, Category> categories = new java.util.HashMap<>();
        private final List<Account> newsAccounts, kimAccounts, botAccounts, officialAccounts;
        private final Category reply, kim, bot;
        private final String[] ringId = new String[RING];
        private final String[] ringHandle = new String[RING];
        private final String[] ringText = new String[RING];
        private final Category[] ringCategory = new Category[RING];
        private final String[] ringLang = new String[RING];
        private final String[] ringKec = new String[RING];
        private long ringSize;
        private long seq;
        private long replies, quotes, reposts, botPosts, risky;
        private long days;
        private LocalDate firstDay, lastDay;

        Generator(SplittableRandom random) {
            this.random = random;
            this.citizenCategories = vocabulary.categories().stream().filter(c -> c.role().equals("any")).toList();
            this.citizenWeights = citizenCategories.stream().mapToDouble(Category::weight).toArray();
            this.newsCategories = vocabulary.categories().stream().filter(c -> c.role().equals("news")).toList();
            this.newsWeights = newsCategories.stream().mapToDouble(c -> Math.max(c.weight(), 0.0)).toArray();
            vocabulary.categories().forEach(c -> categories.put(c.name(), c));
            this.newsAccounts = vocabulary.accounts("news");
            this.kimAccounts = vocabulary.accounts("kim");
            this.botAccounts = vocabulary.accounts("bot");
            this.officialAccounts = vocabulary.accounts("official");
            this.reply = vocabulary.category("reply");
            this.kim = vocabulary.category("kim");
            this.bot = vocabulary.category("bot");
        }

        Summary summary() {
            return new Summary(seq, days, firstDay, lastDay, replies, quotes, reposts, botPosts, risky);
        }

        void run(long posts, JsonGenerator json) throws IOException {
            Instant start = end.minus(Duration.ofDays(7L * weeks));
            firstDay = Wita.day(start);
            lastDay = Wita.day(end.minusMillis(1));
            int dayCount = (int) (lastDay.toEpochDay() - firstDay.toEpochDay() + 1);
            days = dayCount;
            double[] weight = new double[dayCount];
            Spike[] spikeOf = new Spike[dayCount];
            long[] from = new long[dayCount];
            long[] to = new long[dayCount];
            for (int d = 0; d < dayCount; d++) {
                LocalDate day = firstDay.plusDays(d);
                from[d] = Math.max(Wita.startOfDay(day).getEpochSecond(), start.getEpochSecond());
                to[d] = Math.min(Wita.startOfDay(day.plusDays(1)).getEpochSecond(), end.getEpochSecond());
                double covered = (to[d] - from[d]) / 86_400.0;
                DayOfWeek dow = day.getDayOfWeek();
                double w = (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 0.85 : 1.0)
                        * (1.0 + 0.3 * d / dayCount) * (0.9 + 0.2 * random.nextDouble()) * covered;
                int before = (int) (lastDay.toEpochDay() - day.toEpochDay());
                for (Spike s : vocabulary.spikes()) {
                    if (s.daysBeforeEnd() == before) {
                        w *= s.multiplier();
                        spikeOf[d] = s;
                    }
                }
                weight[d] = w;
            }
            long[] counts = apportion(posts, weight);
            for (int d = 0; d < dayCount; d++) {
                day(counts[d], from[d], to[d], spikeOf[d], json);
            }
        }

        private void day(long count, long from, long to, Spike spike, JsonGenerator json) throws IOException {
            long[] times = new long[(int) count];
            for (int i = 0; i < count; i++) {
                times[i] = timeOfDay(from, to);
            }
            Arrays.sort(times);
            int i = 0;
            while (i < count) {
                double botShare = spike == null ? 0.004 : 0.012;
                double r = random.nextDouble();
                if (r < botShare) {
                    i += botBurst(times, i, (int) Math.min(count - i, 3 + random.nextInt(6)), json);
                } else if (r < botShare + 0.04) {
                    post(times[i++], pick(newsAccounts), newsCategory(spike), null, json);
                } else if (r < botShare + 0.055) {
                    post(times[i++], pick(kimAccounts), kim, null, json);
                } else {
                    citizen(times[i++], spike, json);
                }
            }
        }

        private void citizen(long time, Spike spike, JsonGenerator json) throws IOException {
            Account author = citizenAccount();
            double r = random.nextDouble();
            if (ringSize > 50 && r < 0.12) {
                int p = parent();
                replies++;
                Template t = pick(reply.templates());
                String text = "@" + ringHandle[p] + " " + t.text();
                write(json, time, author, ringCategory[p], text, t.lang(), ringKec[p], ringId[p], null, null, null, null);
            } else if (ringSize > 50 && r < 0.16) {
                int p = parent();
                quotes++;
                post(time, author, citizenCategory(spike), ringId[p], json);
            } else if (ringSize > 50 && r < 0.24) {
                int p = parent();
                reposts++;
                String text = "RT @" + ringHandle[p] + ": " + ringText[p];
                write(json, time, author, ringCategory[p], text, ringLang[p], ringKec[p], null, null, ringId[p], null, null);
            } else {
                post(time, author, citizenCategory(spike), null, json);
            }
        }

        /** One bot posting the same text several times within a minute or two. */
        private int botBurst(long[] times, int at, int n, JsonGenerator json) throws IOException {
            Account account = pick(botAccounts);
            Template t = bot.templates().get(Math.floorMod(account.handle().hashCode(), bot.templates().size()));
            String text = t.text().replace("{paslon}", PASLON[Math.floorMod(account.handle().hashCode(), PASLON.length)]);
            for (int k = 0; k < n; k++) {
                botPosts++;
                write(json, times[at] + 9L * k, account, bot, text, t.lang(), null, null, null, null, List.of("#KotaKupang"), null);
            }
            return n;
        }

        private void post(long time, Account author, Category c, String quoteOf, JsonGenerator json) throws IOException {
            Template t = pick(c.templates());
            // a template that names a market or a beach is set in a kecamatan that has one
            List<List<String>> needs = landmarkKinds(t.text());
            List<Place> places = vocabulary.places().stream()
                    .filter(p -> needs.stream().noneMatch(kinds -> p.landmarks(kinds).isEmpty())).toList();
            if (places.isEmpty()) {
                throw new IllegalStateException("no kecamatan has every landmark this template needs: " + t.text());
            }
            Place place = pick(places);
            String text = fill(t.text(), place);
            String title = null;
            if (text.startsWith("[")) {
                int close = text.indexOf(']');
                title = text.substring(1, close);
                text = text.substring(close + 1).trim();
            }
            List<String> tags = hashtags(c);
            write(json, time, author, c, text, t.lang(), place.kecamatan(), null, quoteOf, null, tags, title);
        }

        private void write(JsonGenerator json, long epochSecond, Account author, Category c, String text, String lang,
                           String kecamatan, String replyTo, String quoteOf, String repostOf, List<String> tags,
                           String title) throws IOException {
            String id = "demo-" + seed + "-" + (++seq);
            StringBuilder full = new StringBuilder(text);
            if (tags != null) {
                for (String tag : tags) {
                    full.append(' ').append(tag);
                }
            }
            String body = full.toString();
            boolean news = "news".equals(author.role());
            if (c.risk() != null && !"reporting".equals(c.stance()) && !"countering".equals(c.stance())) {
                risky++;
            }
            json.writeStartObject();
            json.writeStringField(PostFields.ID, id);
            if (title != null) {
                json.writeStringField(PostFields.TITLE, title);
            }
            json.writeStringField(PostFields.TEXT, body);
            json.writeStringField(PostFields.CREATED_AT, timestamp(epochSecond));
            json.writeStringField(PostFields.AUTHOR_HANDLE, author.handle());
            json.writeStringField(PostFields.AUTHOR_NAME, author.name());
            json.writeStringField(PostFields.URL, news
                    ? "https://" + author.handle() + ".example/berita/" + id
                    : "https://demo.sasando.example/" + author.handle() + "/" + id);
            long reach = news ? 40 : "bot".equals(author.role()) ? 1 : 8;
            json.writeNumberField(PostFields.LIKE_COUNT, engagement(reach));
            json.writeNumberField(PostFields.REPLY_COUNT, engagement(reach / 4 + 1));
            json.writeNumberField(PostFields.REPOST_COUNT, engagement(reach / 3 + 1));
            json.writeNumberField(PostFields.QUOTE_COUNT, engagement(reach / 10 + 1) / 2);
            json.writeNumberField(PostFields.VIEW_COUNT, engagement(reach * 30));
            stringList(json, PostFields.HASHTAGS, hashtagsOf(body));
            stringList(json, PostFields.MENTIONS, mentionsOf(body));
            if (news) {
                stringList(json, PostFields.LINKS, List.of("https://" + author.handle() + ".example/berita/" + id));
            }
            if (replyTo != null) {
                json.writeStringField(PostFields.REPLY_TO, replyTo);
            }
            if (quoteOf != null) {
                json.writeStringField(PostFields.QUOTE_OF, quoteOf);
            }
            if (repostOf != null) {
                json.writeStringField(PostFields.REPOST_OF, repostOf);
            }
            json.writeStringField("demo_category", c.name());
            if (c.topic() != null) {
                json.writeStringField("demo_topic", c.topic());
            }
            if (c.risk() != null) {
                json.writeStringField("demo_risk", c.risk());
            }
            json.writeStringField("demo_stance", c.stance());
            json.writeStringField("demo_lang", lang);
            if (kecamatan != null) {
                json.writeStringField("demo_kecamatan", kecamatan);
            }
            json.writeEndObject();

            int slot = (int) (ringSize++ % RING);
            ringId[slot] = id;
            ringHandle[slot] = author.handle();
            ringText[slot] = text;
            ringCategory[slot] = c;
            ringLang[slot] = lang;
            ringKec[slot] = kecamatan;
        }

        /** ISO-8601 with the WITA offset, e.g. 2024-07-11T09:15:00+08:00, cached per minute. */
        private String timestamp(long epochSecond) {
            long minute = Math.floorDiv(epochSecond, 60);
            if (minute != cachedMinute) {
                cachedMinute = minute;
                cachedPrefix = ISO_WITA.format(OffsetDateTime.ofInstant(Instant.ofEpochSecond(minute * 60), WITA_OFFSET))
                        .substring(0, 17); // yyyy-MM-ddTHH:mm:
            }
            int sec = (int) Math.floorMod(epochSecond, 60L);
            return cachedPrefix + (sec < 10 ? "0" : "") + sec + "+08:00";
        }

        private long cachedMinute = Long.MIN_VALUE;
        private String cachedPrefix;

        private void stringList(JsonGenerator json, String field, List<String> values) throws IOException {
            if (values.isEmpty()) {
                return;
            }
            json.writeArrayFieldStart(field);
            for (String v : values) {
                json.writeString(v);
            }
            json.writeEndArray();
        }

        /** For each kind slot of a template ({@code {pasar}}), the landmark kinds that fill it. */
        private static List<List<String>> landmarkKinds(String template) {
            return KINDS.entrySet().stream().filter(slot -> template.contains("{" + slot.getKey() + "}"))
                    .map(Map.Entry::getValue).toList();
        }

        private String fill(String template, Place place) {
            if (template.indexOf('{') < 0) {
                return template;
            }
            StringBuilder out = new StringBuilder(template.length() + 32);
            int i = 0;
            while (i < template.length()) {
                char ch = template.charAt(i);
                int close = ch == '{' ? template.indexOf('}', i) : -1;
                if (close < 0) {
                    out.append(ch);
                    i++;
                    continue;
                }
                String slot = template.substring(i + 1, close);
                out.append(switch (slot) {
                    case "kel" -> pick(place.kelurahan());
                    case "kec" -> place.kecamatan();
                    case "lm" -> pick(place.landmarks(List.of()));
                    case "pasar", "pantai", "santai" -> pick(place.landmarks(KINDS.get(slot)));
                    case "n" -> Integer.toString(2 + random.nextInt(8));
                    case "jam" -> clock(5 + random.nextInt(17), 15 * random.nextInt(4));
                    case "brg" -> STAPLES[random.nextInt(STAPLES.length)];
                    case "harga" -> (5 + random.nextInt(200)) + ".000";
                    case "nama" -> pick(vocabulary.given());
                    case "paslon" -> PASLON[random.nextInt(PASLON.length)];
                    case "off" -> "@" + pick(officialAccounts).handle();
                    default -> throw new IllegalStateException("templates.txt: unknown slot {" + slot + "}");
                });
                i = close + 1;
            }
            return out.toString();
        }

        private List<String> hashtags(Category c) {
            int n = random.nextInt(4); // 0..3
            List<String> tags = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                String tag = !c.hashtags().isEmpty() && random.nextDouble() < 0.6 ? pick(c.hashtags()) : pick(GENERAL_TAGS);
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            return tags;
        }

        private Category citizenCategory(Spike spike) {
            if (spike != null && random.nextDouble() < (spike.multiplier() - 1) / spike.multiplier()) {
                String name = pick(spike.categories());
                Category c = categories.get(name);
                if (c != null && c.role().equals("any")) {
                    return c;
                }
            }
            return citizenCategories.get(weighted(citizenWeights));
        }

        private Category newsCategory(Spike spike) {
            if (spike != null) {
                for (String name : spike.categories()) {
                    if (name.startsWith("news_") && random.nextDouble() < 0.7) {
                        return categories.get(name);
                    }
                }
            }
            return newsCategories.get(weighted(newsWeights));
        }

        /** Citizens: a skewed pool, a few very active and many occasional accounts. */
        private Account citizenAccount() {
            int pool = (int) Math.max(400, Math.min(200_000, seq / 40 + 400));
            int n = (int) (pool * Math.pow(random.nextDouble(), 2.5));
            long h = mix(seed ^ (n * 0x9E3779B97F4A7C15L));
            String given = vocabulary.given().get((int) Math.floorMod(h, (long) vocabulary.given().size()));
            String family = vocabulary.family().get((int) Math.floorMod(h >>> 20, (long) vocabulary.family().size()));
            String handle = (given + "_" + family).toLowerCase(Locale.ROOT).replace(' ', '_') + n;
            return new Account("citizen", handle, given + " " + family);
        }

        private int parent() {
            long window = Math.min(ringSize, RING);
            long back = (long) (window * Math.pow(random.nextDouble(), 2)); // mostly recent posts
            return (int) ((ringSize - 1 - back) % RING);
        }

        private long timeOfDay(long from, long to) {
            while (true) {
                long t = from + (long) (random.nextDouble() * (to - from));
                int hour = (int) (Math.floorMod(t + WITA_OFFSET.getTotalSeconds(), 86_400L) / 3600); // WITA has no DST
                if (random.nextDouble() * 3.1 < HOURS[hour]) {
                    return t;
                }
            }
        }

        private static String clock(int hour, int minute) {
            return (hour < 10 ? "0" : "") + hour + "." + (minute < 10 ? "0" : "") + minute;
        }

        private long engagement(long scale) {
            double g = random.nextGaussian();
            return Math.max(0, Math.round(Math.exp(g * 1.1) * scale - 1));
        }

        private int weighted(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double r = random.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }

    /** Splits a total over the days in proportion to their weights, exactly (largest remainder). */
    static long[] apportion(long total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        long[] counts = new long[weights.length];
        double[] rest = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            counts[i] = (long) exact;
            rest[i] = exact - counts[i];
            given += counts[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            counts[best]++;
            rest[best] = -1;
            given++;
        }
        return counts;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static List<String> hashtagsOf(String text) {
        return tokens(text, '#');
    }

    private static List<String> mentionsOf(String text) {
        return tokens(text, '@');
    }

    /** Words after a marker character, without it, in order, without repeats. */
    private static List<String> tokens(String text, char marker) {
        List<String> out = new ArrayList<>(2);
        for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int j = i + 1;
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
            if (j > i + 1) {
                String token = text.substring(i + 1, j);
                if (!out.contains(token)) {
                    out.add(token);
                }
            }
        }
        return out;
    }
}
