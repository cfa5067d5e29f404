package nl.ingrado.portal.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import java.util.function.UnaryOperator;

/**
 * An exception handler that takes the failures with a cause of one kind out of the queue and answers
 * them itself; the rest go on to the wrapped handler.
 *
 * @param <T>
 *            the cause it answers
 */
public abstract class CauseHandler<T extends Throwable> extends ExceptionHandlerWrapper {

    private final Class<T> kind;

    protected CauseHandler(ExceptionHandler wrapped, Class<T> kind) {
        super(wrapped);
        this.kind = kind;
    }

    /** Answers the failure whose cause this is; the failure is taken out of the queue before. */
    protected abstract void handle(T cause);

    /** Whether this handler answers this cause; all of its kind unless a subclass is narrower. */
    protected boolean answers(T cause) {
        return true;
    }

    @Override
    public void handle() throws FacesException {
        var events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            var cause = Causes.find(events.next().getContext().getException(), kind);
            if (cause != null && answers(cause)) {
                events.remove();
                handle(cause);
            }
        }
        getWrapped().handle();
    }

    /** Puts a handler around the one it wraps; faces-config names a subclass with the usual constructor. */
    public abstract static class Factory extends ExceptionHandlerFactory {

        private final UnaryOperator<ExceptionHandler> handler;

        protected Factory(ExceptionHandlerFactory wrapped, UnaryOperator<ExceptionHandler> handler) {
            super(wrapped);
            this.handler = handler;
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return handler.apply(getWrapped().getExceptionHandler());
        }
    }
}
