package nl.ingrado.portal.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.ingrado.portal.shared.control.Texts;

/**
 * Pages are Dutch unless the visitor chose English: the browser's Accept-Language is not asked,
 * so every page of the portal speaks one language, the chosen one.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return Texts.pageLocaleOf((HttpServletRequest) context.getExternalContext().getRequest());
    }
}
