package nl.ingrado.portal.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewMetadata;
import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A form posts back to its page with the page's view parameters ({@code ?id=...}), so a refused
 * postback shows an address that still opens the same page, and the view parameters are there
 * again on the postback. Only for forms (links build their own parameters), only to the same page.
 */
public class ViewParamsInFormAction extends ViewHandlerWrapper {

    public ViewParamsInFormAction(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        var url = getWrapped().getActionURL(context, viewId);
        var view = context.getViewRoot();
        if (view == null || !viewId.equals(view.getViewId())
                || !(UIComponent.getCurrentComponent(context) instanceof UIForm) || url.contains("?")) {
            return url;
        }
        var query = new StringBuilder();
        for (var parameter : ViewMetadata.getViewParameters(view)) {
            var value = parameter.getStringValue(context);
            if (parameter.getName() != null && value != null && !value.isEmpty()) {
                query.append(query.isEmpty() ? '?' : '&')
                        .append(URLEncoder.encode(parameter.getName(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return url + query;
    }
}
