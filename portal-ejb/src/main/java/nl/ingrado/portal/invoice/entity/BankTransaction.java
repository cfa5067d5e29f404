package nl.ingrado.portal.invoice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * One transaction of an uploaded bank statement, kept once whatever statement it comes in again
 * ({@code fingerprint} is unique). MATCHED or ASSIGNED when it was booked on an invoice, UNMATCHED
 * while staff still have to say which, IGNORED for money that is not for an invoice.
 */
@Entity
@Table(name = "bank_transaction")
@Getter
public class BankTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_id", nullable = false)
    private Long statementId;

    @Column(nullable = false, length = 128)
    private String fingerprint;

    @Column(name = "booking_date")
    private LocalDate bookingDate;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false)
    private boolean credit;

    @Column(nullable = false)
    private boolean returned;

    @Column(name = "creditor_reference", length = 140)
    private String creditorReference;

    @Column(length = 500)
    private String remittance;

    @Column(name = "counterparty_name", length = 200)
    private String counterpartyName;

    @Column(name = "counterparty_iban", length = 34)
    private String counterpartyIban;

    @Column(name = "end_to_end_id", length = 140)
    private String endToEndId;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(name = "invoice_id")
    private Long invoiceId;

    protected BankTransaction() {
    }

    public BankTransaction(Long statementId, String fingerprint, LocalDate bookingDate, BigDecimal amount,
            boolean credit, boolean returned, String creditorReference, String remittance,
            String counterpartyName, String counterpartyIban, String endToEndId) {
        this.statementId = statementId;
        this.fingerprint = fingerprint;
        this.bookingDate = bookingDate;
        this.amount = amount;
        this.credit = credit;
        this.returned = returned;
        this.creditorReference = cut(creditorReference, 140);
        this.remittance = cut(remittance, 500);
        this.counterpartyName = cut(counterpartyName, 200);
        this.counterpartyIban = cut(counterpartyIban, 34);
        this.endToEndId = cut(endToEndId, 140);
        this.status = "UNMATCHED";
    }

    /** The signed amount it books on an invoice: a returned payment takes money back. */
    public BigDecimal signedAmount() {
        return credit ? amount : amount.negate();
    }

    public void matched(Long invoice) {
        status = "MATCHED";
        invoiceId = invoice;
    }

    public void assigned(Long invoice) {
        if (!"UNMATCHED".equals(status)) {
            throw new BusinessException("bank.transaction.done");
        }
        status = "ASSIGNED";
        invoiceId = invoice;
    }

    public void ignored() {
        if (!"UNMATCHED".equals(status)) {
            throw new BusinessException("bank.transaction.done");
        }
        status = "IGNORED";
    }

    // the bank's free text can be longer than we keep; what is kept is for finding it, the amount is exact
    private static String cut(String text, int max) {
        return text == null ? null : text.length() <= max ? text : text.substring(0, max);
    }
}
