package id.go.kupangkota.sasando.spark.common;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A small text file next to the checkpoints that remembers one fact between runs (the pipeline
 * version the curated zone was tagged with; that Elasticsearch still lacks what a --no-es run wrote).
 * Through Hadoop's file system, so it works on HDFS and S3 as well as locally.
 */
public final class Marker {
    private final Path path;
    private final Configuration conf;

    public Marker(String path, Configuration conf) {
        this.path = new Path(path);
        this.conf = conf;
    }

    public Optional<String> read() {
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                return Optional.empty();
            }
            try (FSDataInputStream in = fs.open(path)) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public void write(String value) {
        try {
            FileSystem fs = path.getFileSystem(conf);
            try (FSDataOutputStream out = fs.create(path, true)) {
                out.write(value.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public void delete() {
        try {
            path.getFileSystem(conf).delete(path, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
