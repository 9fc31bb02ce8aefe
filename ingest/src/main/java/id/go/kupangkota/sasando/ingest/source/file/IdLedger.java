package id.go.kupangkota.sasando.ingest.source.file;

import id.go.kupangkota.sasando.ingest.LongHash;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Which post each imported id stood for, over all imports: id to identity (author and creation
 * time, see {@link FileMapper#identity}), both as 64-bit hashes, so an id that comes back with
 * another identity is seen, in the same run or in a later one. Kept in memory as two parallel
 * open-addressing arrays (16 bytes an id, like the runner's id set) and on disk as an append-only
 * file of 16-byte records, appended after every commit of the landing zone (never ahead of it) and
 * read again at the start of a run (for what other processes appended; the first identity of an id
 * wins). A record lost in a crash (between a commit and the append) costs only the warning about that
 * id and the "landed before" count of a later import, never a post. Not thread-safe: the file source maps on
 * one thread.
 */
final class IdLedger {
    /** Identity of a known id whose identity was the same; see {@link #claim}. */
    static final long SAME = 0L;
    private static final int RECORD = 16;

    private final Path file;
    private long[] ids = new long[1 << 12];
    private long[] identities = new long[1 << 12];
    private int size;
    private ByteBuffer pending = ByteBuffer.allocate(RECORD * 1024);

    /** @param file the ledger file, or null for a ledger of this process only (tests, re-mapping) */
    IdLedger(Path file) {
        this.file = file;
        refresh();
    }

    /**
     * Records that {@code id} stands for {@code identity}. Returns {@link #SAME} when the id is new
     * or was seen with this identity, else the identity it was seen with first (which it keeps).
     */
    long claim(long id, long identity) {
        id = nonZero(id);
        identity = nonZero(identity);
        int i = slot(id);
        if (ids[i] == id) {
            return identities[i] == identity ? SAME : identities[i];
        }
        ids[i] = id;
        identities[i] = identity;
        size++;
        if (file != null) {
            if (!pending.hasRemaining()) {
                // grown, not flushed: the file must not get ids ahead of the landing zone's commit
                pending = ByteBuffer.allocate(pending.capacity() * 2).put(pending.flip());
            }
            pending.putLong(id).putLong(identity);
        }
        return SAME;
    }

    /** Whether {@code id} was claimed before, in this process or (as of the last {@link #refresh}) another. */
    boolean knows(long id) {
        id = nonZero(id);
        int i = slot(id); // first: it may grow the table, and ids[slot(id)] would index the old one
        return ids[i] == id;
    }

    /** Appends what was claimed since the last flush to the file. */
    void flush() {
        if (file == null || pending.position() == 0) {
            return;
        }
        pending.flip();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                long size = ch.size();
                if (size % RECORD != 0) {
                    ch.truncate(size - size % RECORD); // a record torn by a crash would shift every later one
                }
                while (pending.hasRemaining()) {
                    ch.write(pending);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the id ledger " + file, e);
        } finally {
            pending.clear();
        }
    }

    /** Reads the file again, for what other processes appended since. */
    void refresh() {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                long id = in.readLong();
                putIfAbsent(id, in.readLong());
            }
        } catch (EOFException end) {
            // the whole file (a torn last record is left out)
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the id ledger " + file, e);
        }
    }

    private void putIfAbsent(long id, long identity) {
        int i = slot(id);
        if (ids[i] != id) {
            ids[i] = id;
            identities[i] = identity;
            size++;
        }
    }

    /** The slot of {@code id}, or the empty one where it goes (the table grown first if need be). */
    private int slot(long id) {
        if ((size + 1) * 2 > ids.length) {
            grow();
        }
        int mask = ids.length - 1;
        int i = (int) (LongHash.mix(id) & mask);
        while (ids[i] != 0 && ids[i] != id) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldIds = ids;
        long[] oldIdentities = identities;
        ids = new long[oldIds.length * 2];
        identities = new long[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int j = 0; j < oldIds.length; j++) {
            if (oldIds[j] != 0) {
                int i = (int) (LongHash.mix(oldIds[j]) & mask);
                while (ids[i] != 0) {
                    i = (i + 1) & mask;
                }
                ids[i] = oldIds[j];
                identities[i] = oldIdentities[j];
            }
        }
    }

    /** 0 marks an empty slot and {@link #SAME}: a hash that is 0 is moved aside. */
    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }
}
