package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Session-wide UI rules: Indonesian unless the user switched to English (browsers here mostly ask for
 * English), and the one error handler, which logs the failure and tells the user without details.
 */
@Component
public class UiSetup implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(s -> {
            s.getSession().setLocale(Translations.INDONESIAN);
            s.getSession().setErrorHandler(error -> {
                log.error("unhandled error in the dashboard", error.getThrowable());
                UI ui = UI.getCurrent();
                if (ui != null) {
                    Notification n = Notification.show(ui.getTranslation("error.generic"), 5000,
                            Notification.Position.TOP_CENTER);
                    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
        });
        event.getSource().addUIInitListener(u -> {
            Locale chosen = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getLocale();
            u.getUI().setLocale(chosen == null ? Translations.INDONESIAN : chosen);
            connectionTexts(u.getUI());
        });
    }

    /**
     * The connection indicator's texts in the UI's language (Vaadin's are English): "Online" is read
     * out by screen readers on every page, the others show when the server cannot be reached. Flow
     * hands the reconnect dialog's two texts to the indicator; its online text has no Java API, so it
     * is set on the indicator element, which every Vaadin page has.
     */
    static void connectionTexts(UI ui) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("connection.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("connection.lost"));
        ui.getPage().executeJs(ONLINE_TEXT, ui.getTranslation("connection.online"));
    }

    static final String ONLINE_TEXT = "const i = window.Vaadin && window.Vaadin.connectionIndicator;"
            + " if (i) { i.onlineText = $0; }";
}
