package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.spark.TestSpark;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class LocalFilesTest {

    @Test
    void sessionsUseItForLocalPaths() throws Exception {
        FileSystem fs = new Path("file:///tmp").getFileSystem(TestSpark.session().sparkContext().hadoopConfiguration());

        assertThat(fs).isInstanceOf(LocalFiles.class);
    }

    @Test
    void setsPermissionsLikeChmodWould(@TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = Files.createFile(dir.resolve("part-0.parquet"));
        LocalFiles.NioPermissions fs = new LocalFiles.NioPermissions();
        fs.initialize(java.net.URI.create("file:///"), new org.apache.hadoop.conf.Configuration());

        fs.setPermission(new Path(file.toUri()), new FsPermission((short) 0640));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");

        fs.setPermission(new Path(file.toUri()), new FsPermission((short) 0755));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rwxr-xr-x");
    }
}
