package id.go.kupangkota.sasando.dashboard.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An address that is no view of Sasando: said in the user's language, inside the layout, with the way back. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(event, "error.notfound");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
