package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.text.NumberFormat;
import java.util.Locale;

/** A headline number with its change against the previous period. */
public class KeyNumber extends Div {
    private final Span caption = new Span();
    private final Span value = new Span();
    private final Span change = new Span();
    private final Span hint = new Span();

    public KeyNumber(String label, long now, Double changePercent, Locale locale) {
        addClassName("sasando-key-number");
        getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("min-width", "10em");
        caption.setText(label);
        caption.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
        value.setText(NumberFormat.getIntegerInstance(locale).format(now));
        value.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xxl)");
        change.setText(changePercent == null ? "–"
                : String.format(locale, "%+.1f%%", changePercent));
        add(caption, value, change);
    }

    /**
     * Says under the number what it counts, when its name alone does not ("Interaksi": of what?). Shown,
     * not only a tooltip: leadership reads the overview on a phone too, where nothing hovers.
     */
    public KeyNumber explained(String text) {
        hint.setText(text);
        hint.getStyle().set("display", "block").set("max-width", "14em").set("margin-top", "var(--lumo-space-xs)")
                .set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        add(hint);
        return this;
    }

    /** What the number counts, or empty when its label says it. */
    public String hintText() {
        return hint.getText();
    }

    public String labelText() {
        return caption.getText();
    }

    public String valueText() {
        return value.getText();
    }

    public String changeText() {
        return change.getText();
    }
}
