package id.go.kupangkota.sasando.spark.common;

import id.go.kupangkota.sasando.core.post.Post;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static id.go.kupangkota.sasando.spark.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

class CuratedWriterTest {
    private final Configuration hadoop = new Configuration();

    @Test
    void pagesCompressedOneAfterAnotherDecompressWithParquetsOwnZstd() throws IOException {
        Random random = new Random(7);
        List<byte[]> pages = new ArrayList<>();
        pages.add("air mati lai di Oebobo ".repeat(40_000).getBytes(StandardCharsets.UTF_8)); // larger than the last
        pages.add(new byte[] {1, 2, 3});
        byte[] noise = new byte[70_000];
        random.nextBytes(noise); // incompressible: the frame is larger than the page
        pages.add(noise);
        pages.add(new byte[0]);

        CodecFactory codecs = new CodecFactory(hadoop, 0);
        try {
            CodecFactory.BytesDecompressor zstd = codecs.getDecompressor(CompressionCodecName.ZSTD);
            CuratedWriter.ZstdPages compressor = new CuratedWriter.ZstdPages(3);
            try {
                for (byte[] page : pages) {
                    // copied at once, as the page store does before the next page reuses the buffer
                    byte[] compressed = compressor.compress(BytesInput.from(page)).toByteArray();
                    byte[] restored = zstd.decompress(BytesInput.from(compressed), page.length).toByteArray();
                    assertThat(restored).isEqualTo(page);
                }
            } finally {
                compressor.release();
            }
        } finally {
            codecs.release();
        }
    }

    @Test
    void everyColumnChunkIsZstdAndReadsBackThroughParquetMr(@TempDir Path dir) throws IOException {
        List<Post> posts = IntStream.range(0, 300)
                .mapToObj(i -> post(String.valueOf(i), "ana" + i, "air mati lai " + i, "2024-07-11T02:00:00Z")
                        .day("2024-07-11").build())
                .toList();
        CuratedWriter.writeAll(posts, dir.resolve("posts").toUri().toString(), hadoop);

        Path file;
        try (Stream<Path> files = Files.walk(dir.resolve("posts"))) {
            file = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toUri()), hadoop))) {
            assertThat(reader.getFooter().getBlocks()).allSatisfy(block -> assertThat(block.getColumns())
                    .extracting(ColumnChunkMetaData::getCodec).containsOnly(CompressionCodecName.ZSTD));
            long rows = 0;
            long values = 0;
            for (var group = reader.readNextRowGroup(); group != null; group = reader.readNextRowGroup()) {
                rows += group.getRowCount();
                for (var column : reader.getFooter().getFileMetaData().getSchema().getColumns()) {
                    PageReader pages = group.getPageReader(column);
                    for (DataPage page = pages.readPage(); page != null; page = pages.readPage()) {
                        // decompresses the page; its levels and values must be all there
                        assertThat(((DataPageV1) page).getBytes().toByteArray()).isNotEmpty();
                        values += page.getValueCount();
                    }
                }
            }
            assertThat(rows).isEqualTo(posts.size());
            assertThat(values).isGreaterThanOrEqualTo(posts.size() * 30L);
        }
    }
}
