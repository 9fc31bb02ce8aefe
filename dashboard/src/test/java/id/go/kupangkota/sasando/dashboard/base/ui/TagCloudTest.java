package id.go.kupangkota.sasando.dashboard.base.ui;

import id.go.kupangkota.sasando.dashboard.base.ui.Charts.Slice;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TagCloudTest {

    @Test
    void sizesGrowWithTheCountFromTheSmallestToTheLargest() {
        TagCloud cloud = new TagCloud("Tagar", "kosong");
        cloud.setWords(List.of(new Slice("banjir", 100), new Slice("air", 25), new Slice("jalan", 1)));
        List<TagCloud.Tag> tags = cloud.tags();
        assertThat(tags).extracting(TagCloud.Tag::text).containsExactly("banjir", "air", "jalan");
        assertThat(tags.get(0).sizeEm()).isEqualTo(TagCloud.MAX_EM, org.assertj.core.data.Offset.offset(0.01));
        assertThat(tags.get(2).sizeEm()).isEqualTo(TagCloud.MIN_EM, org.assertj.core.data.Offset.offset(0.01));
        assertThat(tags.get(1).sizeEm()).isStrictlyBetween(TagCloud.MIN_EM, TagCloud.MAX_EM);
    }

    @Test
    void wordsOfOneEqualCountShareOneMiddleSize() {
        assertThat(TagCloud.sizeEm(3, 3, 3)).isEqualTo((TagCloud.MIN_EM + TagCloud.MAX_EM) / 2);
    }

    @Test
    void noWordsShowTheEmptyText() {
        TagCloud cloud = new TagCloud("Tagar", "Belum ada data");
        cloud.setWords(List.of());
        assertThat(cloud.tags()).isEmpty();
        assertThat(cloud.getElement().getTextRecursively()).contains("Belum ada data");
    }
}
