package nl.ingrado.portal.shared.web;

import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectBoolean;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

/**
 * A refused form shows again what was typed, also on a stateless (transient) view such as the public
 * newsletter form: Faces builds such a view anew to render it, so its fields would show the model, which
 * a refused form never reached, and look valid. Just before rendering, each field without a value of its
 * own gets the one that was posted (a ticked box stays ticked), and is marked invalid when a message
 * names it.
 */
public class KeepTypedInStatelessViews extends ViewRootListener {

    @Override
    protected void process(FacesContext context, UIViewRoot view) {
        if (!view.isTransient() || !context.isPostback() || !context.isValidationFailed()) {
            return;
        }
        var posted = context.getExternalContext().getRequestParameterMap();
        view.visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIInput input && input.getSubmittedValue() == null
                    && !input.isLocalValueSet()) {
                var clientId = input.getClientId(context);
                var value = posted.get(clientId);
                if (value != null) {
                    // a ticked box posts "on" (or its value); an unticked one posts nothing and stays as it is
                    input.setSubmittedValue(component instanceof UISelectBoolean ? "true" : value);
                }
                if (!context.getMessageList(clientId).isEmpty()) {
                    input.setValid(false);
                }
            }
            return VisitResult.ACCEPT;
        });
    }
}
