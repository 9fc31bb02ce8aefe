package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import id.go.kupangkota.sasando.dashboard.base.ui.Charts.Slice;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * A tag cloud: one word per span, its font size growing with its count, the count in small type
 * beside it (a size alone does not say whether a word came up 12 or 1.200 times). ECharts has no
 * word cloud in its core, and a plain element list needs no script. Words are post content, so each
 * is set as text (escaped by the browser's DOM), never as HTML; the tooltip says what the count is.
 */
public class TagCloud extends Div {
    /** Font sizes in {@code em} of the smallest and the largest count. */
    static final double MIN_EM = 0.85;
    static final double MAX_EM = 2.6;

    private final H4 title = new H4();
    private final Div words = new Div();
    private final String emptyText;
    private final Locale locale;
    private final LongFunction<String> countText;
    /** Where a word leads (its posts in Pencarian), or null: words as plain text. */
    private Function<String, String> link;

    /**
     * @param locale    the UI's language, for the counts ("1.200")
     * @param countText a count as the tooltip says it, in that language ("1.200 unggahan")
     */
    public TagCloud(String title, String emptyText, Locale locale, LongFunction<String> countText) {
        this.title.setText(title);
        this.emptyText = emptyText;
        this.locale = locale;
        this.countText = countText;
        addClassName("sasando-tag-cloud");
        words.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "0.2em 0.8em").set("line-height", "1.2");
        add(this.title, words);
    }

    /**
     * Makes each word a link to {@code href} of it (the posts that say it), or plain text again with null.
     * Takes effect at the next {@link #setWords}.
     */
    public void setLink(Function<String, String> href) {
        this.link = href;
    }

    /** Shows the words in the order given (the terms aggregation's: most frequent first). */
    public void setWords(List<Slice> slices) {
        words.removeAll();
        if (slices.isEmpty()) {
            words.add(new Span(emptyText));
            return;
        }
        long min = slices.stream().mapToLong(Slice::value).min().orElse(0);
        long max = slices.stream().mapToLong(Slice::value).max().orElse(0);
        for (Slice s : slices) {
            // a link only where it leads somewhere (the posts that say the word, for who may search them)
            HtmlContainer word = link == null ? new Span() : new Anchor(link.apply(s.label()), "");
            word.setText(s.label());
            word.addClassName("sasando-tag");
            word.getStyle().set("font-size", String.format(Locale.ROOT, "%.2fem", sizeEm(s.value(), min, max)))
                    // the link colour only on a link: blue words that led nowhere read as broken links
                    .set("color", link == null ? "var(--lumo-body-text-color)" : "var(--lumo-primary-text-color)");
            Span count = new Span(Counts.format(s.value(), locale));
            count.addClassName("sasando-tag-count");
            count.getStyle().set("font-size", "var(--lumo-font-size-xxs)").set("margin-left", "0.25em")
                    .set("color", "var(--lumo-secondary-text-color)");
            Span item = new Span(word, count);
            item.addClassName("sasando-tag-item");
            item.setTitle(s.label() + ": " + countText.apply(s.value()));
            words.add(item);
        }
    }

    /** The words shown, in order, with the font size each got. */
    public List<Tag> tags() {
        return words.getChildren().filter(c -> c.hasClassName("sasando-tag-item")).map(Span.class::cast)
                .map(item -> {
                    List<HtmlContainer> parts = item.getChildren().map(HtmlContainer.class::cast).toList();
                    HtmlContainer word = parts.get(0);
                    HtmlContainer count = parts.get(1);
                    return new Tag(word.getText(), Double.parseDouble(word.getStyle().get("font-size")
                            .replace("em", "")), count.getText(), item.getTitle().orElse(""),
                            word instanceof Anchor a ? a.getHref() : null);
                })
                .toList();
    }

    /** One word as shown: its text, font size in {@code em}, the count beside it, the tooltip and its link (or null). */
    public record Tag(String text, double sizeEm, String count, String tooltip, String href) {
    }

    /**
     * Square-root scale between the smallest and the largest count: counts are skewed (one hashtag
     * often dwarfs the rest), and a linear scale would leave every other word at the minimum.
     */
    static double sizeEm(long count, long min, long max) {
        if (max <= min) {
            return (MIN_EM + MAX_EM) / 2;
        }
        double share = (Math.sqrt(count) - Math.sqrt(min)) / (Math.sqrt(max) - Math.sqrt(min));
        return MIN_EM + share * (MAX_EM - MIN_EM);
    }
}
