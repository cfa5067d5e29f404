package nl.ingrado.portal.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.ingrado.portal.mail.entity.MailLog;
import nl.ingrado.portal.mail.entity.MailStatus;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.PortalSettings;

/**
 * Records the outcome of a delivery after the mail left (or did not): one UPDATE by id on a connection
 * of its own in autocommit, without reading the row and without a transaction around one statement
 * (this runs once per mail; the delivering thread has no transaction of its own to join).
 */
@ApplicationScoped
public class MailLogUpdates {

    private static final Logger LOG = Logger.getLogger(MailLogUpdates.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    PortalSettings settings;

    /** Sent: the body, kept while the mail was queued, goes unless this is a demo (MailLog says why). */
    public void sent(long logId) {
        update("UPDATE mail_log SET status = ?, sent_at = ?, error = NULL, body = IF(?, body, NULL) WHERE id = ?",
                MailStatus.SENT.name(),
                Timestamp.valueOf(Clocks.nowUtc(clock)), logId);
    }

    public void failed(long logId, String reason) {
        update("UPDATE mail_log SET status = ?, error = ?, body = IF(?, body, NULL) WHERE id = ?",
                MailStatus.FAILED.name(), MailLog.errorText(reason), logId);
    }

    private void update(String sql, Object first, Object second, long logId) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, first);
            statement.setObject(2, second);
            statement.setBoolean(3, settings.demo());
            statement.setLong(4, logId);
            statement.executeUpdate();
        } catch (SQLException e) {
            // the mail itself left (or failed) already; the log shows it QUEUED until someone looks
            LOG.log(Level.WARNING, "Could not record the delivery of mail " + logId + ": " + e.getMessage());
        }
    }
}
