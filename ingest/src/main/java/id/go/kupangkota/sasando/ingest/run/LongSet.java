package id.go.kupangkota.sasando.ingest.run;

import id.go.kupangkota.sasando.ingest.LongHash;

/**
 * An open-addressing set of 64-bit hashes: the ids a run has written, in 16 bytes per id instead of
 * ~130 for a {@code HashSet<String>}, so a million-row import stays small. Two different ids with
 * the same 64-bit hash (odds about 1 in 10^7 at a billion ids) would be counted as a duplicate.
 */
final class LongSet {
    private static final long EMPTY = 0L;
    private long[] slots = new long[1 << 12];
    private int size;
    private boolean hasZero;

    /** Adds the value; false when it was already there. */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (insert(slots, value)) {
            size++;
            return true;
        }
        return false;
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        int i = (int) (LongHash.mix(value) & mask);
        while (table[i] != EMPTY) {
            if (table[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = value;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long v : slots) {
            if (v != EMPTY) {
                insert(bigger, v);
            }
        }
        slots = bigger;
    }
}
