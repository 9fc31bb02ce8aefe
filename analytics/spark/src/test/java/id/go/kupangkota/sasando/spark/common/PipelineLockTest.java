package id.go.kupangkota.sasando.spark.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock within one JVM; another process holding it is {@code EnrichKillIT}'s (a pipeline in a JVM of its
 * own refuses the second and lets go when killed).
 */
class PipelineLockTest {
    @TempDir
    Path checkpoints;

    @Test
    void reentrantInOneJvmAndReleasedByTheLastHolder() throws Exception {
        Path file = checkpoints.resolve(PipelineLock.FILE);
        try (PipelineLock outer = PipelineLock.acquire(checkpoints.toUri().toString())) {
            assertThat(Files.readString(file)).startsWith("pid " + ProcessHandle.current().pid() + " since ");
            try (PipelineLock inner = PipelineLock.acquire(checkpoints.toString())) {
                assertThat(inner).isNotNull(); // the pipeline holds it around enrich, which takes it too
            }
            assertThat(heldByThisJvm(file)).as("still held after the inner holder let go").isTrue();
        }
        assertThat(heldByThisJvm(file)).isFalse();
    }

    @Test
    void createsTheCheckpointDirectoryOfAFirstRun() {
        Path fresh = checkpoints.resolve("not-yet");
        try (PipelineLock lock = PipelineLock.acquire(fresh.toUri().toString())) {
            assertThat(fresh.resolve(PipelineLock.FILE)).exists();
        }
    }

    @Test
    void noLockOnADistributedFileSystem() {
        assertThat(PipelineLock.localDirectory("hdfs://namenode:8020/sasando/checkpoints")).isNull();
        assertThat(PipelineLock.localDirectory("file:/data/checkpoints")).isEqualTo(Path.of("/data/checkpoints"));
        assertThat(PipelineLock.localDirectory("/data/checkpoints")).isEqualTo(Path.of("/data/checkpoints"));
        try (PipelineLock none = PipelineLock.acquire("hdfs://namenode:8020/sasando/checkpoints")) {
            assertThat(none).isNotNull();
        }
    }

    /** Whether this JVM holds a lock on the file: taking it again here then overlaps. */
    private static boolean heldByThisJvm(Path file) throws Exception {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.tryLock().release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true;
        }
    }
}
