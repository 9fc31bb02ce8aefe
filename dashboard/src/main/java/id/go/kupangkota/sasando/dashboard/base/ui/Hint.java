package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.html.Span;

/** A line that says how to read or use what follows it: smaller and quieter than the content. */
public final class Hint {
    private Hint() {
    }

    /** A hint with its text. */
    public static Span of(String text) {
        return styled(new Span(text));
    }

    /** Gives a span the hint's look (for one whose text the view sets later). */
    public static Span styled(Span span) {
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }
}
