package nl.ingrado.portal.invoice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.Getter;

/** An uploaded bank statement: how many transactions it had and how many of them were new. */
@Entity
@Table(name = "bank_statement")
@Getter
public class StatementUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", length = 140)
    private String messageId;

    @Column(name = "statement_id", length = 140)
    private String statementId;

    @Column(name = "account_iban", length = 34)
    private String accountIban;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false)
    private int transactions;

    @Column(name = "new_ones", nullable = false)
    private int newOnes;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected StatementUpload() {
    }

    public StatementUpload(String messageId, String statementId, String accountIban, String fileName,
            int transactions, String uploadedBy, LocalDateTime now) {
        this.messageId = cut(messageId);
        this.statementId = cut(statementId);
        this.accountIban = accountIban == null || accountIban.length() > 34 ? null : accountIban;
        this.fileName = fileName == null || fileName.isBlank()
                ? "statement.xml"
                : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        this.transactions = transactions;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public void counted(int newTransactions) {
        this.newOnes = newTransactions;
    }

    private static String cut(String text) {
        return text == null ? null : text.length() <= 140 ? text : text.substring(0, 140);
    }
}
