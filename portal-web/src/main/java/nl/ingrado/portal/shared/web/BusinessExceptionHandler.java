package nl.ingrado.portal.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The one place where a rule's "no" reaches the page: a {@link BusinessException} thrown by a
 * service becomes a message in the user's language, and the same page is shown again with what the
 * user typed. Everything else goes on to the error page.
 */
public class BusinessExceptionHandler extends CauseHandler<BusinessException> {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped, BusinessException.class);
    }

    @Override
    protected void handle(BusinessException business) {
        Feedback.show(business);
        FacesContext.getCurrentInstance().renderResponse();
    }

    public static class Factory extends CauseHandler.Factory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped, BusinessExceptionHandler::new);
        }
    }
}
