package nl.ingrado.portal.shared.web;

import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectBoolean;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A refused form shows again what was typed, also on a stateless (transient) view such as the public
 * newsletter form: Faces builds such a view anew to render it, so the fields there would show the model,
 * which a refused form never reached. Before rendering, each text field without a value of its own gets
 * the one that was posted.
 */
public class KeepTypedInStatelessViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        var context = event.getFacesContext();
        var view = context.getViewRoot();
        if (view == null || !view.isTransient() || !context.isPostback() || !context.isValidationFailed()) {
            return;
        }
        var posted = context.getExternalContext().getRequestParameterMap();
        view.visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIInput input && !(component instanceof UISelectBoolean)
                    && input.getSubmittedValue() == null && !input.isLocalValueSet()) {
                var value = posted.get(input.getClientId(context));
                if (value != null) {
                    input.setSubmittedValue(value);
                }
            }
            return VisitResult.ACCEPT;
        });
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
