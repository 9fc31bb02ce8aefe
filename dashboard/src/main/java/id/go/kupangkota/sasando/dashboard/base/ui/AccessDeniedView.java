package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A signed-in user opened a view their role may not see (Vaadin's navigation access control reroutes
 * there with {@link AccessDeniedException}; its own page would say "Could not navigate" in English,
 * without the menu). Says so in the user's language, inside the layout, with the way back.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(event, "error.denied");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
