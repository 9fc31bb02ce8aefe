package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every view: the side menu is built from the views' own {@code @Menu} entries
 * (titles are translation keys; only views the user may open are listed), the header holds the
 * user, the language switch and sign-out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        SideNav nav = new SideNav();
        // each item's expand button, read out by screen readers: Vaadin's default is English
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("layout.nav.toggle")));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        addToDrawer(nav);

        HorizontalLayout user = new HorizontalLayout();
        user.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        authentication.getPrincipalName().ifPresent(name -> user.add(new Span(name)));
        user.add(new LanguageSwitch());
        user.add(new Button(getTranslation("layout.logout"), e -> authentication.logout()));
        DrawerToggle menu = new DrawerToggle();
        menu.setAriaLabel(getTranslation("layout.menu")); // the default is English, for screen readers too
        HorizontalLayout header = new HorizontalLayout(menu, title, user);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        // on a phone the name, language and sign-out wrap under the title instead of off the screen
        header.getStyle().set("flex-wrap", "wrap");
        user.getStyle().set("flex-wrap", "wrap").set("margin-left", "auto");
        addToNavbar(header);
    }
}
