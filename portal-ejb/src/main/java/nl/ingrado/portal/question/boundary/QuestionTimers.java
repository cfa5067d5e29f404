package nl.ingrado.portal.question.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.ingrado.portal.shared.control.Clocks;

/**
 * The question desk's daily work: the advisers' digest of new questions (claimed per day in
 * {@code question_digest}, so with several nodes one sends it) and the removal of old question texts
 * (the same update on every node, so running it twice changes nothing).
 */
@Singleton
public class QuestionTimers {

    private static final Logger LOG = Logger.getLogger(QuestionTimers.class.getName());

    @Inject
    Clock clock;

    @Inject
    Advisers advisers;

    @Inject
    QuestionPrivacy privacy;

    @Schedule(hour = "7", minute = "10", persistent = false)
    void daily() {
        int digests = advisers.sendDigest(LocalDate.now(clock.withZone(Clocks.AMSTERDAM)));
        int removed = privacy.removeExpiredTexts(Clocks.nowUtc(clock));
        if (digests + removed > 0) {
            LOG.info(() -> "Questions: " + digests + " digest(s), " + removed + " question text(s) removed");
        }
    }
}
