package nl.ingrado.portal.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A form with a file field posted as anything but multipart/form-data (no browser does; a hand-made
 * request can): the file field's decoding fails with a ServletException, which would reach the 500 page.
 * Every upload form shares this answer: 400, the bad-request page.
 */
public class NotMultipartHandler extends CauseHandler<ServletException> {

    public NotMultipartHandler(ExceptionHandler wrapped) {
        super(wrapped, ServletException.class);
    }

    @Override
    protected boolean answers(ServletException cause) {
        return cause.getMessage() != null && cause.getMessage().contains("multipart");
    }

    @Override
    protected void handle(ServletException cause) {
        var context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(400, "multipart/form-data expected");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    public static class Factory extends CauseHandler.Factory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped, NotMultipartHandler::new);
        }
    }
}
