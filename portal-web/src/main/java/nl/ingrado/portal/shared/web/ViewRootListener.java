package nl.ingrado.portal.shared.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/** A listener to an event of the whole view (faces-config says which), such as just before rendering. */
public abstract class ViewRootListener implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        process(FacesContext.getCurrentInstance(), (UIViewRoot) event.getSource());
    }

    protected abstract void process(FacesContext context, UIViewRoot view);
}
