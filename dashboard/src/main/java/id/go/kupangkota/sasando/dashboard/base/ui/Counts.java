package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.data.renderer.NumberRenderer;
import com.vaadin.flow.function.ValueProvider;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Counts in grid columns written as the key numbers above them are: in the UI's language, so an
 * Indonesian reader sees "3.360" beside a headline of "3.360", not "3360".
 */
public final class Counts {
    private Counts() {
    }

    /** A column renderer for a whole number; a missing value stays empty. */
    public static <T> NumberRenderer<T> renderer(ValueProvider<T, Number> value, Locale locale) {
        return new NumberRenderer<>(value, NumberFormat.getIntegerInstance(locale), "");
    }

    /** A whole number as text, the same way ("1.250"). */
    public static String format(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }
}
