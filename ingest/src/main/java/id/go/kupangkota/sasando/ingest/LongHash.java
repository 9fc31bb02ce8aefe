package id.go.kupangkota.sasando.ingest;

/**
 * 64-bit hashes of ids for the open-addressing tables that remember millions of them in 8 or 16 bytes
 * each (the runner's set of ids written, the file source's id ledger): collisions at 64 bits are
 * negligible at these sizes, and a string costs no object per entry.
 */
public final class LongHash {
    private LongHash() {
    }

    /** FNV-1a over the UTF-16 units, then {@link #mix}ed. */
    public static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3's 64-bit finaliser: spreads a hash over the low bits a table's mask keeps. */
    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
