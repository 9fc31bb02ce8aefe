package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.UI;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Labels of codes that come from data rather than from a closed list the bundles are checked against
 * (a post's source, a run's status): the bundle's label in the current UI's language when it has one,
 * else the code itself, so a new source shows by its name until it is given a label, never as
 * {@code !source.youtube!}.
 */
public final class Labels {
    public static final String SOURCE = "source.";

    private Labels() {
    }

    /** The label of {@code prefix + code} in the current UI's language, or the code. */
    public static String of(String prefix, String code) {
        UI ui = UI.getCurrent();
        return of(prefix, code, ui == null ? Translations.INDONESIAN : ui.getLocale());
    }

    /** The label of {@code prefix + code} in {@code locale} (a report's language), or the code. */
    public static String of(String prefix, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        ResourceBundle bundle = Translations.bundle(locale);
        return bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : code;
    }

    /** A post's source for people: {@code file} is "Impor berkas", {@code news} "Portal berita (RSS)". */
    public static String source(String code) {
        return of(SOURCE, code);
    }
}
