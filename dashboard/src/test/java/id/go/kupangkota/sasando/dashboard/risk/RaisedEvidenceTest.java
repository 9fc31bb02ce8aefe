package id.go.kupangkota.sasando.dashboard.risk;

import id.go.kupangkota.sasando.core.post.Evidence;
import id.go.kupangkota.sasando.core.post.Post;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.go.kupangkota.sasando.dashboard.PostFixtures.post;
import static id.go.kupangkota.sasando.dashboard.PostFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;

class RaisedEvidenceTest {
    private static final String TEXT = "Info dari grup sebelah: air PDAM di Oebobo sudah dicampur racun! Sebarkan!";

    private static Evidence at(String category, String term) {
        int start = TEXT.indexOf(term);
        return new Evidence(category, term, start, start + term.length());
    }

    @Test
    void onlyTheFlaggedCategoriesWordsAndNoneInsideALongerOne() {
        Post p = post("1", TEXT, wita("2024-07-12T09:00:00")).risk(List.of("hoaks"))
                .evidence(List.of(at("layanan_publik", "PDAM"), at("kecamatan", "Oebobo"),
                        at("hoaks", "Sebarkan"), at("hoaks", "grup sebelah"), at("hoaks", "Info dari grup sebelah")))
                .build();
        assertThat(RiskView.raisedEvidence(p)).extracting(Evidence::term)
                .containsExactly("Info dari grup sebelah", "Sebarkan");
    }

    @Test
    void theSameSpanOfTwoFlaggedCategoriesStays() {
        Post p = post("2", TEXT, wita("2024-07-12T09:00:00")).risk(List.of("hoaks", "provokasi"))
                .evidence(List.of(at("hoaks", "Sebarkan"), at("provokasi", "Sebarkan"))).build();
        assertThat(RiskView.raisedEvidence(p)).extracting(Evidence::category).containsExactly("hoaks", "provokasi");
    }

    @Test
    void aPostWithoutEvidenceHasNone() {
        Post p = post("3", TEXT, wita("2024-07-12T09:00:00")).risk(List.of("hoaks")).evidence(null).build();
        assertThat(RiskView.raisedEvidence(p)).isEmpty();
    }
}
