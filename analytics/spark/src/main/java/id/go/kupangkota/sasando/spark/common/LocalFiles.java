package id.go.kupangkota.sasando.spark.common;

import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Hadoop's local file system ({@code file:} paths: the landing and curated zones on one machine or
 * a shared mount) with permissions set through Java NIO. Without Hadoop's native library, which
 * Spark's Maven artifacts do not ship, Hadoop forks a {@code chmod} process for every file and
 * directory it creates: hundreds per enrich batch (each Parquet file, its checksum, each day
 * directory), a large part of a small batch's CPU. Checksums and everything else stay Hadoop's.
 */
public final class LocalFiles extends LocalFileSystem {

    public LocalFiles() {
        super(new NioPermissions());
    }

    /** Hadoop's raw local file system, minus the {@code chmod} forks. */
    static final class NioPermissions extends RawLocalFileSystem {
        // bit i of FsPermission.toShort() is this permission (others execute is bit 0, owner read bit 8)
        private static final PosixFilePermission[] BITS = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            try {
                Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission));
            } catch (UnsupportedOperationException notPosix) {
                super.setPermission(p, permission);
            }
        }

        static Set<PosixFilePermission> posix(FsPermission permission) {
            int mode = permission.toShort();
            Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
            for (int bit = 0; bit < BITS.length; bit++) {
                if ((mode & (1 << bit)) != 0) {
                    set.add(BITS[bit]);
                }
            }
            return set;
        }
    }
}
