package id.go.kupangkota.sasando.spark.common;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteJsonPartitionTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theIdIsReadFromTheTopLevelWhereverItStands() throws Exception {
        assertThat(WriteJsonPartition.idOf(json("{\"id\":\"x:1\",\"text\":\"a\"}"))).isEqualTo("x:1");
        assertThat(WriteJsonPartition.idOf(json(
                "{\"evidence\":[{\"id\":\"nested\"}],\"author\":{\"id\":\"no\"},\"id\":\"news:abc\"}")))
                .isEqualTo("news:abc");
    }

    @Test
    void aDocumentWithoutAnIdIsRefusedWithItsBeginning() {
        assertThatThrownBy(() -> WriteJsonPartition.idOf(json("{\"text\":\"tanpa id\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tanpa id");
        assertThatThrownBy(() -> WriteJsonPartition.idOf(json("[1,2]")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
