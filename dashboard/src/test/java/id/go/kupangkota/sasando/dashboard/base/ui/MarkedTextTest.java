package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import id.go.kupangkota.sasando.core.post.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkedTextTest {

    private static List<Span> pieces(MarkedText t) {
        return t.getChildren().map(Span.class::cast).toList();
    }

    private static List<String> marked(MarkedText t) {
        return pieces(t).stream().filter(s -> "sasando-mark".equals(s.getElement().getAttribute("class")))
                .map(Span::getText).toList();
    }

    @Test
    void evidenceSpansAreMarkedAndTheRestIsPlainText() {
        MarkedText t = MarkedText.withEvidence("ayo jihad sekarang", List.of(new Evidence("radikalisme", "jihad", 4, 9)));
        assertThat(pieces(t)).extracting(Span::getText).containsExactly("ayo ", "jihad", " sekarang");
        assertThat(marked(t)).containsExactly("jihad");
        assertThat(pieces(t).get(1).getElement().getAttribute("data-category")).isEqualTo("radikalisme");
    }

    @Test
    void aScriptInAPostStaysText() {
        String text = "<script>alert('x')</script> bom";
        MarkedText t = MarkedText.withEvidence(text, List.of(new Evidence("terorisme", "bom", text.indexOf("bom"), text.length())));
        assertThat(pieces(t).get(0).getText()).isEqualTo("<script>alert('x')</script> ");
        // text content only: the span's one child is a text node, no element was made from the post
        assertThat(pieces(t).get(0).getElement().getChildCount()).isEqualTo(1);
        assertThat(pieces(t).get(0).getElement().getChild(0).isTextNode()).isTrue();
        assertThat(t.getElement().getOuterHTML()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void brokenEvidenceNeverLosesText() {
        MarkedText t = MarkedText.withEvidence("pendek", List.of(new Evidence("hoaks", "x", 3, 99),
                new Evidence("hoaks", "y", 1, 4)));
        assertThat(String.join("", pieces(t).stream().map(Span::getText).toList())).isEqualTo("pendek");
    }

    @Test
    void searchMatchesBetweenMarkersAreMarked() {
        MarkedText t = MarkedText.withMatches("air " + MarkedText.MATCH_START + "mati" + MarkedText.MATCH_END
                + " <b>lagi</b>");
        assertThat(marked(t)).containsExactly("mati");
        assertThat(pieces(t)).extracting(Component.class::cast).hasSize(3);
        assertThat(pieces(t).get(2).getText()).isEqualTo(" <b>lagi</b>");
    }
}
