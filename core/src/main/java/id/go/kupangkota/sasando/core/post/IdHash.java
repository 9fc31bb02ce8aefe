package id.go.kupangkota.sasando.core.post;

/**
 * A 64-bit hash of a post id: FNV-1a over the UTF-16 units, then murmur3's 64-bit finalizer to spread
 * the bits. Ingest keeps the ids a run has written as these hashes, and the enrich job looks for
 * repeated posts with them; either way a collision (odds about 1 in 10^7 at a billion ids) costs a
 * second look, never a post.
 */
public final class IdHash {
    private IdHash() {
    }

    public static long of(CharSequence id) {
        return of(id, 0, id.length());
    }

    /** The hash of {@code text[start, end)}, so an id inside a longer line needs no copy. */
    public static long of(CharSequence text, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** murmur3's fmix64. */
    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
