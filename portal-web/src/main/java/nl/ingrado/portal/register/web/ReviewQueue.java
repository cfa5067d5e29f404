package nl.ingrado.portal.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.register.boundary.AuditorDesk;
import nl.ingrado.portal.register.boundary.AuditorDesk.QueueRow;

/** /auditor/queue.xhtml: submitted activities waiting for review, oldest first. */
@Named
@RequestScoped
public class ReviewQueue {

    @Inject
    AuditorDesk desk;

    /** Read once a request, however often the page asks. */
    @Getter(lazy = true)
    private final List<QueueRow> rows = desk.queue();
}
