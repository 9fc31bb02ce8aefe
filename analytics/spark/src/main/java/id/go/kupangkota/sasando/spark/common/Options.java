package id.go.kupangkota.sasando.spark.common;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments of a job: {@code --name value} options and {@code --flag} switches.
 * Unknown names are an error, so a typo never silently falls back to a default.
 */
public final class Options {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private Options() {
    }

    /**
     * @param args        the arguments
     * @param valueNames  option names that take a value (without {@code --})
     * @param flagNames   switches
     */
    public static Options parse(String[] args, List<String> valueNames, List<String> flagNames) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'; expected --option");
            }
            String name = a.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flagNames.contains(name) && inline == null) {
                o.flags.add(name);
            } else if (valueNames.contains(name)) {
                String v = inline != null ? inline : (i + 1 < args.length ? args[++i] : null);
                if (v == null) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                o.values.put(name, v);
            } else {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + valueNames
                        + " (with a value) and " + flagNames + " (switches)");
            }
        }
        return o;
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int getInt(String name, int fallback) {
        return number(name, fallback, Integer::parseInt, "a whole number");
    }

    public double getDouble(String name, double fallback) {
        return number(name, fallback, Double::parseDouble, "a number");
    }

    private <N> N number(String name, N fallback, java.util.function.Function<String, N> parse, String what) {
        String v = values.get(name);
        try {
            return v == null ? fallback : parse.apply(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be " + what + ", not '" + v + "'");
        }
    }

    /** A duration such as {@code 30s}, {@code 5m}, {@code 1h} or ISO {@code PT30S}. */
    public Duration getDuration(String name, Duration fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            if (v.toUpperCase().startsWith("P")) {
                return Duration.parse(v);
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--" + name + " must be a duration like 30s, 5m or 1h, not '" + v + "'");
        }
    }
}
