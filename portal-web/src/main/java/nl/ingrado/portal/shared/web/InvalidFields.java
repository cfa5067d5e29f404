package nl.ingrado.portal.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;

/**
 * Every refused field tells assistive technology so: {@code aria-invalid="true"} and an
 * {@code aria-describedby} naming the message beside it (after any hint the page names itself).
 * Done here once, just before rendering, for every form; a field that is valid again loses both, as
 * the attributes live on in the view's state.
 */
public class InvalidFields extends ViewRootListener {

    /** The page's own aria-describedby (a hint), kept to restore it once the field is valid again. */
    private static final String OWN_DESCRIBEDBY = "portal.ownDescribedBy";

    @Override
    protected void process(FacesContext context, UIViewRoot view) {
        if (!context.isPostback()) {
            return;
        }
        // the message beside each field, by the field's client id
        var messageIds = new HashMap<String, String>();
        view.visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIMessage message && message.getFor() != null) {
                var field = message.findComponent(message.getFor());
                if (field != null) {
                    messageIds.put(field.getClientId(context), message.getClientId(context));
                }
            }
            return VisitResult.ACCEPT;
        });
        view.visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIInput input) {
                var clientId = input.getClientId(context);
                var invalid = !input.isValid() || !context.getMessageList(clientId).isEmpty();
                mark(component, invalid, messageIds.get(clientId));
            }
            return VisitResult.ACCEPT;
        });
    }

    private static void mark(UIComponent input, boolean invalid, String messageId) {
        var passThrough = input.getPassThroughAttributes();
        var attributes = input.getAttributes();
        if (!attributes.containsKey(OWN_DESCRIBEDBY)) {
            var own = passThrough.get("aria-describedby");
            attributes.put(OWN_DESCRIBEDBY, own == null ? "" : own.toString());
        }
        var own = (String) attributes.get(OWN_DESCRIBEDBY);
        // PrimeFaces inputs say aria-invalid and name their p:message themselves; twice would be invalid HTML
        var primeFaces = input.getClass().getName().startsWith("org.primefaces");
        if (invalid) {
            if (!primeFaces) {
                passThrough.put("aria-invalid", "true");
            }
            if (messageId != null) {
                passThrough.put("aria-describedby", own.isEmpty() ? messageId : own + " " + messageId);
            }
        } else {
            passThrough.remove("aria-invalid");
            if (own.isEmpty()) {
                passThrough.remove("aria-describedby");
            } else {
                passThrough.put("aria-describedby", own);
            }
        }
    }
}
