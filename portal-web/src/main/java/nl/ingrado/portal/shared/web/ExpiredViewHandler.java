package nl.ingrado.portal.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Messages;
import org.primefaces.component.password.Password;

/**
 * A form posted after its view state is gone (the session ended after 30 idle minutes, or the state was
 * stale): never the 500 page, which the container would pick, as the {@code Throwable} error page matches
 * the wrapped exception first. The public forms a visitor fills in without a session (login, sign-up,
 * forgotten password) are shown again with what was typed, except the password, and a message: they must
 * be sent again, with fresh view state, so nothing happens unasked. Any other form shows the expired
 * page. Ajax requests get the same answer as a whole new page.
 *
 * <p>A posted view whose state fails to restore is answered the same way: with several nodes, a view
 * state taken over from a node that died can be inconsistent (seen when that node served other requests
 * in its last second: Mojarra's partial state restore then fails). The visitor stays logged in and
 * gets the expired page, not the 500 page.
 */
public class ExpiredViewHandler extends CauseHandler<ViewExpiredException> {

    static final Set<String> SHOWN_AGAIN = Set.of("/login.xhtml", "/register.xhtml",
            "/password/forgot.xhtml");
    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    private static final Logger LOG = Logger.getLogger(ExpiredViewHandler.class.getName());

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped, ViewExpiredException.class);
    }

    @Override
    public void handle() {
        var context = FacesContext.getCurrentInstance();
        var events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            var event = events.next().getContext();
            if (event.getPhaseId() == PhaseId.RESTORE_VIEW && context.isPostback()
                    && Causes.find(event.getException(), ViewExpiredException.class) == null) {
                var viewId = context.getExternalContext().getRequestServletPath();
                LOG.log(Level.WARNING, "The posted state of " + viewId + " could not be restored",
                        event.getException());
                events.remove();
                handle(new ViewExpiredException(viewId));
            }
        }
        super.handle();
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
