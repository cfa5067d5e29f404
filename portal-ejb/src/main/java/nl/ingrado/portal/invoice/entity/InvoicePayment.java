package nl.ingrado.portal.invoice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;

/** Money booked on an invoice, from a bank transaction (once: the database keeps it unique) or by hand. */
@Entity
@Table(name = "invoice_payment")
@Getter
public class InvoicePayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Column(name = "transaction_id")
    private Long transactionId;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "booked_on", nullable = false)
    private LocalDate bookedOn;

    @Column(name = "booked_by", nullable = false, length = 254)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false)
    private LocalDateTime bookedAt;

    protected InvoicePayment() {
    }

    public InvoicePayment(Long invoiceId, Long transactionId, BigDecimal amount, LocalDate bookedOn,
            String bookedBy,
            LocalDateTime now) {
        this.invoiceId = invoiceId;
        this.transactionId = transactionId;
        this.amount = amount;
        this.bookedOn = bookedOn;
        this.bookedBy = bookedBy;
        this.bookedAt = now;
    }
}
