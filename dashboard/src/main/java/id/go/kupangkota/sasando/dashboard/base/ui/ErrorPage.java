package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What a route error shows inside the main layout (so the menu stays): a title, one sentence and the
 * way back to Ringkasan, all from the bundles. The path the user asked for is shown as text only.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {
    final H2 title = new H2();
    final Paragraph text = new Paragraph();
    final Anchor back = new Anchor();

    ErrorPage() {
        back.setHref("");
        back.getElement().setAttribute("router-link", true);
        add(title, text, back);
    }

    /** Fills the page; {@code prefix} names its keys: {@code .title}, {@code .text} (given the path). */
    void show(BeforeEnterEvent event, String prefix) {
        title.setText(getTranslation(prefix + ".title"));
        text.setText(getTranslation(prefix + ".text", "/" + event.getLocation().getPath()));
        back.setText(getTranslation("error.back"));
    }

    /** The browser tab names the trouble, as every view's tab names the view (else it shows the bare address). */
    @Override
    public String getPageTitle() {
        return title.getText() + " | " + getTranslation("app.name");
    }
}
