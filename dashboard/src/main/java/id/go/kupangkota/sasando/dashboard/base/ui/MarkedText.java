package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.html.Span;
import id.go.kupangkota.sasando.core.post.Evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Post text shown as text, with some spans marked (risk evidence, search matches). Every piece is a
 * {@link Span} whose content is set as text, so markup inside a post (a {@code <script>}) stays inert.
 */
public class MarkedText extends Span {
    /**
     * Around a search match in highlighted fragments: private-use characters no post shows (control
     * characters would do too, but Elasticsearch trims them off a fragment's ends).
     */
    public static final String MATCH_START = "\uE000";
    public static final String MATCH_END = "\uE001";

    private MarkedText() {
        addClassName("sasando-text");
        getStyle().set("white-space", "pre-wrap");
    }

    /** The text with each evidence span marked and titled with its category. */
    public static MarkedText withEvidence(String text, List<Evidence> evidence) {
        MarkedText t = new MarkedText();
        String s = text == null ? "" : text;
        List<Evidence> spans = new ArrayList<>(evidence == null ? List.of() : evidence);
        spans.sort(Comparator.comparingInt(Evidence::start));
        int at = 0;
        for (Evidence e : spans) {
            int start = Math.max(e.start(), at);
            int end = Math.min(e.end(), s.length());
            if (start >= end) {
                continue; // overlapping or out-of-range span: the text still shows, unmarked
            }
            t.plain(s.substring(at, start));
            Span mark = t.mark(s.substring(start, end));
            mark.getElement().setAttribute("title", e.category());
            mark.getElement().setAttribute("data-category", e.category());
            at = end;
        }
        t.plain(s.substring(Math.min(at, s.length())));
        return t;
    }

    /** A highlighted fragment whose matches are wrapped in {@link #MATCH_START}/{@link #MATCH_END}. */
    public static MarkedText withMatches(String fragment) {
        MarkedText t = new MarkedText();
        String s = fragment == null ? "" : fragment;
        int at = 0;
        while (at < s.length()) {
            int start = s.indexOf(MATCH_START, at);
            int end = start < 0 ? -1 : s.indexOf(MATCH_END, start);
            if (start < 0 || end < 0) {
                t.plain(s.substring(at));
                break;
            }
            t.plain(s.substring(at, start));
            t.mark(s.substring(start + 1, end));
            at = end + 1;
        }
        return t;
    }

    private void plain(String s) {
        if (!s.isEmpty()) {
            add(new Span(clean(s)));
        }
    }

    private Span mark(String s) {
        Span mark = new Span(clean(s));
        mark.getElement().setAttribute("class", "sasando-mark");
        mark.getStyle().set("background", "var(--lumo-warning-color-10pct, #fff3c4)")
                .set("font-weight", "600");
        add(mark);
        return mark;
    }

    private static String clean(String s) {
        return s.replace(MATCH_START, "").replace(MATCH_END, "");
    }
}
