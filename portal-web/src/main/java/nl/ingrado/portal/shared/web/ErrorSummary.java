package nl.ingrado.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIOutput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The box at the top of a refused form (the GOV.UK error summary): every field message once, named
 * by the field's label and linking to the field, so a user sees all that is wrong before reading
 * the form. The messages beside the fields stay; global messages keep their own place.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One refused field: its client id (the link's target), its label and what is wrong. */
    public record Item(String clientId, String label, String text) {
    }

    private List<Item> items;

    public List<Item> getItems() {
        var context = FacesContext.getCurrentInstance();
        // asked before validation too (whether the box is rendered, when the postback is decoded)
        if (context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return List.of();
        }
        if (items == null) {
            // finding the labels visits the page, this box's own list included
            items = List.of();
            items = collect(context);
        }
        return items;
    }

    private static List<Item> collect(FacesContext context) {
        var found = new ArrayList<Item>();
        if (context.getViewRoot() == null) {
            return found;
        }
        Map<String, String> labels = null;
        var ids = context.getClientIdsWithMessages();
        while (ids.hasNext()) {
            var clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            for (var message : context.getMessageList(clientId)) {
                if (message.getSeverity().getOrdinal() < FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    continue;
                }
                if (labels == null) {
                    labels = labels(context);
                }
                found.add(new Item(clientId, labels.getOrDefault(clientId, ""), message.getSummary()));
            }
        }
        return found;
    }

    /** The label text of every labelled field, by the field's client id (rows of a repeat included). */
    static Map<String, String> labels(FacesContext context) {
        var labels = new HashMap<String, String>();
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            var forId = component.getAttributes().get("for");
            if (component instanceof UIOutput label && forId instanceof String target
                    && component.getRendererType() != null && component.getRendererType().contains("Label")) {
                UIComponent field = label.findComponent(target);
                if (field != null && label.getValue() != null) {
                    labels.putIfAbsent(field.getClientId(context), label.getValue().toString());
                }
            }
            return VisitResult.ACCEPT;
        });
        return labels;
    }
}
