package nl.ingrado.portal.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.omnifaces.util.Messages;
import org.primefaces.component.password.Password;

/**
 * A form posted after its view state is gone (the session ended after 30 idle minutes, or the state was
 * stale): never the 500 page, which the container would pick, as the {@code Throwable} error page matches
 * the wrapped exception first. The public forms a visitor fills in without a session (login, sign-up,
 * forgotten password) are shown again with what was typed, except the password, and a message: they must
 * be sent again, with fresh view state, so nothing happens unasked. Any other form shows the expired
 * page. Ajax requests get the same answer as a whole new page.
 */
public class ExpiredViewHandler extends CauseHandler<ViewExpiredException> {

    static final Set<String> SHOWN_AGAIN = Set.of("/login.xhtml", "/register.xhtml",
            "/password/forgot.xhtml");
    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped, ViewExpiredException.class);
    }

    @Override
    protected void handle(ViewExpiredException expired) {
        var context = FacesContext.getCurrentInstance();
        var again = expired.getViewId() != null && SHOWN_AGAIN.contains(expired.getViewId());
        var viewId = again ? expired.getViewId() : EXPIRED_PAGE;
        var viewHandler = context.getApplication().getViewHandler();
        var view = viewHandler.createView(context, viewId);
        context.setViewRoot(view);
        if (again) {
            try {
                // the tree now, so the typed values can go back into its fields
                viewHandler.getViewDeclarationLanguage(context, viewId).buildView(context, view);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var typed = context.getExternalContext().getRequestParameterMap();
            view.visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
                if (component instanceof EditableValueHolder input && !(component instanceof HtmlInputSecret)
                        && !(component instanceof Password)) {
                    var value = typed.get(component.getClientId(context));
                    if (value != null) {
                        input.setSubmittedValue(value);
                    }
                }
                return VisitResult.ACCEPT;
            });
            Messages.addGlobalWarn(Feedback.text("form.expired"));
        }
        if (context.getPartialViewContext().isAjaxRequest()) {
            context.getPartialViewContext().setRenderAll(true);
        }
        context.renderResponse();
    }

    public static class Factory extends CauseHandler.Factory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped, ExpiredViewHandler::new);
        }
    }
}
