package id.go.kupangkota.sasando.text.resource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFileTest {

    @Test
    void commentsAndBlankLinesAreNotData() {
        DataFile file = DataFile.read("sasando/text/normalize/negation.txt");
        assertThat(file.lines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.text()).doesNotStartWith("#").isNotBlank();
            assertThat(line.number()).isPositive();
        });
    }

    @Test
    void aTrailingCommentIsStrippedButAHashInsideAWordStays() {
        DataFile file = DataFile.read("sasando/text/normalize/kupang-malay.txt");
        assertThat(file.lines()).anySatisfy(line -> assertThat(line.text()).isEqualTo("beta | saya"));
    }

    @Test
    void aMissingResourceFailsLoudly() {
        assertThatThrownBy(() -> DataFile.read("sasando/text/nope.txt"))
                .hasMessageContaining("missing resource").hasMessageContaining("nope.txt");
    }

    @Test
    void thePipelineHashChangesWithTheResources() {
        ResourceDigest a = new ResourceDigest();
        a.read("sasando/text/normalize/negation.txt");
        ResourceDigest b = new ResourceDigest();
        b.read("sasando/text/normalize/negation.txt");
        assertThat(a.shortHash()).isEqualTo(b.shortHash());
        b.read("sasando/text/normalize/slang.txt");
        assertThat(b.shortHash()).isNotEqualTo(a.shortHash());
    }
}
