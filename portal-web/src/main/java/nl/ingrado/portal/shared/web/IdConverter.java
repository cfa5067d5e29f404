package nl.ingrado.portal.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * An id from the address bar, the one way every page reads it:
 *
 * <pre>
 * &lt;o:viewParam name="id" value="#{bean.id}" converter="portal.id" required="true"/&gt;
 * &lt;o:viewParamValidationFailed sendError="404"/&gt;
 * </pre>
 *
 * A malformed id (anything but a plain number, see {@link Ids}) fails conversion, which the page
 * answers with 404, as it does for an id that names nothing: so ids cannot be told apart by probing.
 * The bean's view action then only has to say 404 when the well-formed id names nothing it may show.
 */
@FacesConverter(IdConverter.ID)
public class IdConverter implements Converter<Long> {

    public static final String ID = "portal.id";

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        var id = Ids.parse(value);
        if (id == null && given(context, component, value)) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "not an id", null));
        }
        return id;
    }

    /**
     * Whether there was an id to convert. {@code <o:viewParam>} converts an absent parameter as empty,
     * so for a view parameter only the query string tells an absent one (no id: fine where the id is
     * optional) from an empty one ({@code ?id=}: malformed, 404 as before).
     */
    private static boolean given(FacesContext context, UIComponent component, String value) {
        if (component instanceof UIViewParameter parameter) {
            return context.getExternalContext().getRequestParameterMap().get(parameter.getName()) != null;
        }
        return value != null && !value.isBlank();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
