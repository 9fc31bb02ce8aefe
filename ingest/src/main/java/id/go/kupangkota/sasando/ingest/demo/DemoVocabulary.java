package id.go.kupangkota.sasando.ingest.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The word lists and templates of the demo corpus, read from the commented resource files next to
 * this class: {@code places.txt}, {@code names.txt}, {@code accounts.txt}, {@code spikes.txt},
 * {@code templates.txt} (each file's header explains its format).
 */
record DemoVocabulary(List<Place> places, List<String> given, List<String> family, List<Account> accounts,
                      List<Spike> spikes, List<Category> categories) {

    record Place(String kecamatan, List<String> kelurahan, List<Landmark> landmarks) {
        /** Its landmarks of these kinds (all of them when no kind is given). */
        List<String> landmarks(List<String> kinds) {
            return landmarks.stream().filter(l -> kinds.isEmpty() || kinds.contains(l.kind())).map(Landmark::name)
                    .toList();
        }
    }

    /** A place people name in posts, and what it is: a market, a beach, a road… */
    record Landmark(String name, String kind) {
        static Landmark parse(String field) {
            int colon = field.lastIndexOf(':');
            if (colon <= 0 || colon == field.length() - 1) {
                throw new IllegalStateException("places.txt: a landmark needs its kind, 'name:kind': " + field);
            }
            return new Landmark(field.substring(0, colon).trim(), field.substring(colon + 1).trim());
        }
    }

    record Account(String role, String handle, String name) {
    }

    record Spike(int daysBeforeEnd, String name, double multiplier, List<String> categories) {
    }

    record Template(String lang, String text) {
    }

    record Category(String name, double weight, String topic, String risk, String stance, String role,
                    List<String> hashtags, List<Template> templates) {
    }

    static DemoVocabulary load() {
        List<Place> places = new ArrayList<>();
        for (String[] f : rows("places.txt", 3)) {
            places.add(new Place(f[0], split(f[1]), split(f[2]).stream().map(Landmark::parse).toList()));
        }
        List<String> given = new ArrayList<>();
        List<String> family = new ArrayList<>();
        List<String> target = null;
        for (String line : lines("names.txt")) {
            if (line.equals("@given")) {
                target = given;
            } else if (line.equals("@family")) {
                target = family;
            } else if (target != null) {
                target.addAll(split(line));
            }
        }
        List<Account> accounts = new ArrayList<>();
        for (String[] f : rows("accounts.txt", 3)) {
            accounts.add(new Account(f[0], f[1], f[2]));
        }
        List<Spike> spikes = new ArrayList<>();
        for (String[] f : rows("spikes.txt", 4)) {
            spikes.add(new Spike(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[2]), split(f[3])));
        }
        return new DemoVocabulary(places, given, family, accounts, spikes, readCategories());
    }

    Category category(String name) {
        return categories.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("templates.txt has no category " + name));
    }

    List<Account> accounts(String role) {
        return accounts.stream().filter(a -> a.role().equals(role)).toList();
    }

    private static List<Category> readCategories() {
        List<Category> out = new ArrayList<>();
        String[] header = null;
        List<Template> templates = new ArrayList<>();
        for (String line : lines("templates.txt")) {
            if (line.startsWith("@category")) {
                if (header != null) {
                    out.add(category(header, templates));
                }
                header = line.substring("@category".length()).trim().split("\\s+");
                templates = new ArrayList<>();
            } else {
                String[] f = line.split("\\|", 2);
                if (f.length != 2 || header == null) {
                    throw new IllegalStateException("templates.txt: bad line: " + line);
                }
                templates.add(new Template(f[0].trim(), f[1].trim()));
            }
        }
        if (header != null) {
            out.add(category(header, templates));
        }
        return out;
    }

    private static Category category(String[] h, List<Template> templates) {
        if (h.length < 6 || templates.isEmpty()) {
            throw new IllegalStateException("templates.txt: category needs name weight topic risk stance role and templates: "
                    + String.join(" ", h));
        }
        return new Category(h[0], Double.parseDouble(h[1]), dash(h[2]), dash(h[3]), h[4], h[5],
                List.of(Arrays.copyOfRange(h, 6, h.length)), List.copyOf(templates));
    }

    private static String dash(String s) {
        return "-".equals(s) ? null : s;
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    private static List<String[]> rows(String resource, int fields) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\\|");
            if (f.length != fields) {
                throw new IllegalStateException(resource + ": expected " + fields + " fields: " + line);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].trim();
            }
            out.add(f);
        }
        return out;
    }

    /** Non-blank lines without comments. */
    private static List<String> lines(String resource) {
        try (InputStream in = DemoVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + resource);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String t = line.trim();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        out.add(t);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
