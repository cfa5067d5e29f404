package nl.ingrado.portal.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * After a schedule, send-now, pause or resume has committed, this node's sender acts at once instead of
 * at its next poll. A plain CDI observer reaching the engine's instance directly: an EJB call after the
 * transaction has completed is refused by the container.
 */
@ApplicationScoped
public class SendingNudges {

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SendingEngine.Nudge nudge) {
        SendingEngine.nudge(nudge);
    }
}
