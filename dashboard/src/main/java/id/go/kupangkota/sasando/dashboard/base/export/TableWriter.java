package id.go.kupangkota.sasando.dashboard.base.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes a table row by row; {@link #close()} finishes the file (not the stream's owner). Cells are
 * text, numbers, or {@link java.time.Instant}s, which every writer shows in WITA (Asia/Makassar).
 */
public interface TableWriter extends Closeable {
    void row(List<?> cells) throws IOException;
}
