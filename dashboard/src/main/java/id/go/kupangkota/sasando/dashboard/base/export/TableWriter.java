package id.go.kupangkota.sasando.dashboard.base.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes a table row by row; {@link #close()} finishes the file (not the stream's owner). */
public interface TableWriter extends Closeable {
    void row(List<?> cells) throws IOException;
}
