package nl.ingrado.portal.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.Getter;

/**
 * One email the portal sent or tried to send, so staff can answer "did the confirmation go out?".
 * The body is kept while the mail waits to be sent, so that another node can send it when the node that
 * queued it dies ({@code MailResend}); once sent or failed it is kept only in demo mode: in production it
 * may hold links that act as passwords.
 */
@Entity
@Table(name = "mail_log")
@Getter
public class MailLog implements Serializable {

    // a view keeps detached copies, and the view state moves with the session to another node
    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 40)
    private String kind;

    @Lob
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(length = 1000)
    private String error;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected MailLog() {
    }

    public MailLog(String recipient, String subject, String kind, String keptBody, LocalDateTime now) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.kind = kind;
        this.body = keptBody;
        this.status = MailStatus.QUEUED;
        this.createdAt = now;
    }

    public void failed(String reason) {
        status = MailStatus.FAILED;
        error = errorText(reason);
    }

    /** What the log keeps of a failure: the reason, within the column's 1,000 characters. */
    public static String errorText(String reason) {
        return reason == null ? "unknown" : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }
}
