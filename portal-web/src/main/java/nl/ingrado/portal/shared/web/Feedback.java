package nl.ingrado.portal.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
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

    /** A message shown on the page the user is redirected to. */
    public static void flash(String key, Object... args) {
        Messages.addFlashGlobalInfo(text(key, args));
    }
}
