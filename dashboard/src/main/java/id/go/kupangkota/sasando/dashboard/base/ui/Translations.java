package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI text from {@code vaadin-i18n/translations*.properties}: the base file is Indonesian, the
 * default; {@code _en} is English. Lookups never fall back to the JVM's locale, so a server running
 * in English still shows Indonesian to an Indonesian user. A missing key shows as {@code !key!}.
 */
@Component
public class Translations implements I18NProvider {
    public static final String BUNDLE = "vaadin-i18n/translations";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(INDONESIAN, ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale l = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, l, NO_FALLBACK);
    }
}
