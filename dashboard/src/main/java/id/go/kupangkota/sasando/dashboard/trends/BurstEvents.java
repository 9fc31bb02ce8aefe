package id.go.kupangkota.sasando.dashboard.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Words of one event burst together: a hoax that air PDAM "dicampur racun" raises "racun", "dicampur",
 * "diminum" and "sebarkan" on the same day, from the same posts. Shown as four rows they read as four
 * things; here they become one row, "racun · dicampur · diminum · sebarkan". Two bursts of the same day
 * and scope are one event when most of their example posts are the same ones (the TrendsJob keeps the
 * first five post ids of each burst in id order, so the same posts give the same examples).
 */
final class BurstEvents {
    /** Shared example posts, as a share of the smaller example list, that make two bursts one event. */
    static final double SHARED = 0.6;

    private BurstEvents() {
    }

    /** The bursts with each event's bursts merged into one, strongest event first. */
    static List<Burst> merge(List<Burst> bursts) {
        int n = bursts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sameEvent(bursts.get(i), bursts.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Burst>> events = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            events.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(bursts.get(i));
        }
        return events.values().stream().map(BurstEvents::one)
                .sorted(Comparator.comparingDouble(Burst::z).reversed()).toList();
    }

    private static boolean sameEvent(Burst a, Burst b) {
        if (!a.day().equals(b.day()) || !Objects.equals(a.kecamatan(), b.kecamatan())) {
            return false;
        }
        int smaller = Math.min(a.samplePostIds().size(), b.samplePostIds().size());
        if (smaller < 2) {
            return false; // one example post says too little
        }
        Set<String> shared = new HashSet<>(a.samplePostIds());
        shared.retainAll(b.samplePostIds());
        return shared.size() >= SHARED * smaller;
    }

    /** An event as one row: the strongest burst's numbers, every term (strongest first), every example. */
    private static Burst one(List<Burst> event) {
        if (event.size() == 1) {
            return event.get(0);
        }
        List<Burst> strongestFirst = event.stream().sorted(Comparator.comparingDouble(Burst::z).reversed()).toList();
        Burst top = strongestFirst.get(0);
        String terms = String.join(" · ", strongestFirst.stream()
                .map(b -> b.kind().equals("hashtag") ? "#" + b.term() : b.term()).toList());
        Set<String> examples = new LinkedHashSet<>();
        strongestFirst.forEach(b -> examples.addAll(b.samplePostIds()));
        return new Burst(top.id(), top.kind(), terms, top.kecamatan(), top.day(), top.count(), top.baselineMean(),
                top.baselineStd(), top.z(), List.copyOf(examples));
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
