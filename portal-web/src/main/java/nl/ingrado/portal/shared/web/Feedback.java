package nl.ingrado.portal.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.entity.BusinessException;
import org.omnifaces.util.Messages;

/**
 * Messages to the user in their language. Forms are named {@code form}, so a business failure on
 * field {@code email} lands at {@code form:email} and marks that input invalid.
 */
public final class Feedback {

    private Feedback() {
    }

    public static String text(String key, Object... args) {
        var context = FacesContext.getCurrentInstance();
        return Texts.get(context.getViewRoot() != null ? context.getViewRoot().getLocale() : Texts.DUTCH, key,
                args);
    }

    public static void show(BusinessException failure) {
        var context = FacesContext.getCurrentInstance();
        var message = text(failure.messageKey(), failure.arguments());
        if (failure.field() != null && context.getViewRoot() != null) {
            // the field in the form that was submitted (a page may have several), else in "form"
            var submitted = org.omnifaces.util.Components.getCurrentForm();
            var component = submitted != null ? submitted.findComponent(failure.field()) : null;
            if (component == null) {
                component = context.getViewRoot().findComponent("form:" + failure.field());
            }
            if (component == null && submitted != null
                    && markInRepeat(context, submitted, failure.field(), message)) {
                return;
            }
            if (component != null) {
                if (component instanceof UIInput input) {
                    input.setValid(false);
                    // show again what the user typed (the model already took it before the rule said no)
                    input.setSubmittedValue(context.getExternalContext().getRequestParameterMap()
                            .get(input.getClientId(context)));
                }
                context.addMessage(component.getClientId(context),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
                context.validationFailed();
                return;
            }
        }
        Messages.addGlobalError(message);
        context.validationFailed();
    }

    /**
     * A field repeated per row (a workshop choice per round) is not found by its id: the first row left
     * empty (else the first row) gets the message, beside the choice rather than at the top of the page.
     */
    private static boolean markInRepeat(FacesContext context, UIComponent form, String field,
            String message) {
        var posted = context.getExternalContext().getRequestParameterMap();
        var rows = new ArrayList<String>();
        var empty = new ArrayList<String>();
        form.visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIInput && field.equals(component.getId())) {
                var clientId = component.getClientId(context);
                rows.add(clientId);
                var value = posted.get(clientId);
                if (value == null || value.isBlank()) {
                    empty.add(clientId);
                }
            }
            return VisitResult.ACCEPT;
        });
        if (rows.isEmpty()) {
            return false;
        }
        var target = empty.isEmpty() ? rows.get(0) : empty.get(0);
        form.invokeOnComponent(context, target,
                (callback, component) -> ((UIInput) component).setValid(false));
        context.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        context.validationFailed();
        return true;
    }

    /** A message shown on the page the user is redirected to. */
    public static void flash(String key, Object... args) {
        Messages.addFlashGlobalInfo(text(key, args));
    }
}
