package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/** Switches the session between Indonesian and English; the choice holds for the whole session. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Translations.LOCALES);
        setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        setAriaLabel(getTranslation("language.label"));
        setValue(current());
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    private static Locale current() {
        Locale l = UI.getCurrent() == null ? Translations.INDONESIAN : UI.getCurrent().getLocale();
        return Translations.ENGLISH.getLanguage().equals(l.getLanguage()) ? Translations.ENGLISH : Translations.INDONESIAN;
    }
}
