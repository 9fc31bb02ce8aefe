package id.go.kupangkota.sasando.dashboard.base.ui;

import id.go.kupangkota.sasando.dashboard.base.ui.Charts.Slice;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TagCloudTest {

    @Test
    void sizesGrowWithTheCountFromTheSmallestToTheLargest() {
        TagCloud cloud = new TagCloud("Tagar", "kosong", Translations.INDONESIAN, n -> n + " unggahan");
        cloud.setWords(List.of(new Slice("banjir", 100), new Slice("air", 25), new Slice("jalan", 1)));
        List<TagCloud.Tag> tags = cloud.tags();
        assertThat(tags).extracting(TagCloud.Tag::text).containsExactly("banjir", "air", "jalan");
        assertThat(tags.get(0).sizeEm()).isEqualTo(TagCloud.MAX_EM, org.assertj.core.data.Offset.offset(0.01));
        assertThat(tags.get(2).sizeEm()).isEqualTo(TagCloud.MIN_EM, org.assertj.core.data.Offset.offset(0.01));
        assertThat(tags.get(1).sizeEm()).isStrictlyBetween(TagCloud.MIN_EM, TagCloud.MAX_EM);
    }

    @Test
    void eachWordShowsItsCountAndSaysWhatItCountsOnHover() {
        TagCloud cloud = new TagCloud("Kata", "kosong", Translations.INDONESIAN, n -> n + " unggahan");
        cloud.setWords(List.of(new Slice("banjir", 1_200), new Slice("air", 25)));
        assertThat(cloud.tags()).extracting(TagCloud.Tag::count).containsExactly("1.200", "25");
        assertThat(cloud.tags()).extracting(TagCloud.Tag::tooltip).containsExactly("banjir: 1200 unggahan",
                "air: 25 unggahan");
    }

    @Test
    void wordsOfOneEqualCountShareOneMiddleSize() {
        assertThat(TagCloud.sizeEm(3, 3, 3)).isEqualTo((TagCloud.MIN_EM + TagCloud.MAX_EM) / 2);
    }

    @Test
    void noWordsShowTheEmptyText() {
        TagCloud cloud = new TagCloud("Tagar", "Belum ada data", Translations.INDONESIAN, n -> n + " unggahan");
        cloud.setWords(List.of());
        assertThat(cloud.tags()).isEmpty();
        assertThat(cloud.getElement().getTextRecursively()).contains("Belum ada data");
    }
}
