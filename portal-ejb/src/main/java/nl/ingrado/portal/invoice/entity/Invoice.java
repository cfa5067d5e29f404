package nl.ingrado.portal.invoice.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * An issued invoice or credit note. Everything on it is fixed when it is issued (the database's
 * triggers refuse a change); afterwards only what happens to it moves: payments, credits,
 * reminders, and the status they give.
 */
@Entity
@Table(name = "invoice")
@Getter
public class Invoice {

    public static final int MAX_REFERENCE = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InvoiceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InvoicePurpose purpose;

    @Column(name = "source_key", length = 80)
    private String sourceKey;

    @Column(name = "corrects_id")
    private Long correctsId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "buyer_name", nullable = false, length = 200)
    private String buyerName;

    @Column(name = "buyer_street", length = 200)
    private String buyerStreet;

    @Column(name = "buyer_postal_code", length = 10)
    private String buyerPostalCode;

    @Column(name = "buyer_city", length = 100)
    private String buyerCity;

    @Column(name = "buyer_country", nullable = false, length = 2)
    private String buyerCountry;

    @Column(name = "buyer_email", length = 254)
    private String buyerEmail;

    @Column(name = "buyer_oin", length = 20)
    private String buyerOin;

    @Column(name = "buyer_kvk", length = 8)
    private String buyerKvk;

    @Column(name = "buyer_peppol_id", length = 100)
    private String buyerPeppolId;

    @Column(name = "buyer_reference", length = MAX_REFERENCE)
    private String buyerReference;

    @Column(name = "order_reference", length = MAX_REFERENCE)
    private String orderReference;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "payment_reference", nullable = false, length = 16)
    private String paymentReference;

    @Column(name = "net_total", nullable = false, precision = 12, scale = 2)
    private BigDecimal netTotal;

    @Column(name = "vat_total", nullable = false, precision = 12, scale = 2)
    private BigDecimal vatTotal;

    @Column(name = "gross_total", nullable = false, precision = 12, scale = 2)
    private BigDecimal grossTotal;

    @Column(name = "issued_by", nullable = false, length = 254)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "paid_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal paidAmount = BigDecimal.ZERO.setScale(2);

    @Column(name = "credited_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal creditedAmount = BigDecimal.ZERO.setScale(2);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InvoiceStatus status;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_reminder_on")
    private LocalDate lastReminderOn;

    @Column(name = "mailed_at")
    private LocalDateTime mailedAt;

    @Version
    @Getter(AccessLevel.NONE)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("lineNo")
    @Getter(AccessLevel.NONE)
    private List<InvoiceLine> lines = new ArrayList<>();

    /** Who is billed, as the invoice will show it. A person has no OIN or KvK number. */
    public record Buyer(Long organisationId, Long personId, String name, String street, String postalCode,
            String city, String country, String email, String oin, String kvk, String peppolId) {

        public boolean isOrganisation() {
            return oin != null || kvk != null;
        }
    }

    /** What a run or a staff member asks to issue; the number and totals are added when it is issued. */
    public record Draft(InvoicePurpose purpose, String sourceKey, Buyer buyer, String buyerReference,
            String orderReference, String language, List<InvoiceLine> lines) {
    }

    protected Invoice() {
    }

    /** Issues {@code draft} as number {@code seq} of {@code issueDate}'s year. */
    public static Invoice issue(Draft draft, int seq, LocalDate issueDate, int dueDays, String staff,
            LocalDateTime now) {
        var invoice = new Invoice();
        invoice.kind = InvoiceKind.INVOICE;
        invoice.purpose = draft.purpose();
        invoice.sourceKey = draft.sourceKey();
        invoice.fill(draft.buyer(), draft.buyerReference(), draft.orderReference(), draft.language());
        invoice.number(seq, issueDate, dueDays, staff, now);
        invoice.addLines(draft.lines());
        invoice.status = InvoiceStatus.OPEN;
        return invoice;
    }

    /**
     * A credit note for {@code lines} of this invoice (whole or in part), numbered {@code seq}. It
     * names this invoice and lowers what is due on it; more than is left to credit is refused.
     */
    public Invoice credit(List<InvoiceLine> creditLines, int seq, LocalDate issueDate, String staff,
            LocalDateTime now) {
        if (kind != InvoiceKind.INVOICE) {
            throw new BusinessException("invoice.credit.notAnInvoice");
        }
        var note = new Invoice();
        note.kind = InvoiceKind.CREDIT_NOTE;
        note.purpose = purpose;
        note.correctsId = id;
        note.fill(new Buyer(organisationId, personId, buyerName, buyerStreet, buyerPostalCode, buyerCity,
                buyerCountry, buyerEmail, buyerOin, buyerKvk, buyerPeppolId), buyerReference, orderReference,
                language);
        note.number(seq, issueDate, 0, staff, now);
        note.addLines(creditLines);
        if (note.grossTotal.signum() == 0) {
            throw new BusinessException("invoice.credit.nothing");
        }
        if (note.grossTotal.compareTo(creditable()) > 0) {
            throw new BusinessException("invoice.credit.tooMuch", creditable());
        }
        note.status = InvoiceStatus.SETTLED;
        creditedAmount = creditedAmount.add(note.grossTotal);
        settle();
        return note;
    }

    /** Books money received on this invoice (negative when a payment came back). */
    public void booked(BigDecimal amount) {
        if (kind != InvoiceKind.INVOICE) {
            throw new BusinessException("invoice.payment.creditNote");
        }
        paidAmount = paidAmount.add(amount);
        settle();
    }

    public void reminded(LocalDate today) {
        remindersSent++;
        lastReminderOn = today;
    }

    public void mailed(LocalDateTime now) {
        mailedAt = now;
    }

    /** What is still to be paid: the total less credits and payments; negative when paid too much. */
    public BigDecimal outstanding() {
        if (kind != InvoiceKind.INVOICE) {
            return BigDecimal.ZERO.setScale(2);
        }
        return grossTotal.subtract(creditedAmount).subtract(paidAmount);
    }

    public BigDecimal creditable() {
        return grossTotal.subtract(creditedAmount);
    }

    public boolean isOrganisationBuyer() {
        return buyerOin != null || buyerKvk != null;
    }

    public List<InvoiceLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    /** Net amount and VAT per category and rate, VAT rounded per group (EN 16931 BR-CO-17). */
    public Map<Vat, BigDecimal[]> vatBreakdown() {
        return breakdown(lines);
    }

    private void settle() {
        var due = grossTotal.subtract(creditedAmount);
        if (due.signum() == 0) {
            status = InvoiceStatus.CREDITED;
        } else if (paidAmount.compareTo(due) >= 0) {
            status = InvoiceStatus.PAID;
        } else if (paidAmount.signum() > 0) {
            status = InvoiceStatus.PARTLY_PAID;
        } else {
            status = InvoiceStatus.OPEN;
        }
    }

    private void fill(Buyer buyer, String buyerRef, String orderRef, String lang) {
        if (buyer == null || buyer.name() == null || buyer.name().isBlank()) {
            throw new BusinessException("invoice.buyer.missing");
        }
        organisationId = buyer.organisationId();
        personId = buyer.personId();
        buyerName = buyer.name().strip();
        buyerStreet = buyer.street();
        buyerPostalCode = buyer.postalCode();
        buyerCity = buyer.city();
        buyerCountry = buyer.country() == null ? "NL" : buyer.country();
        buyerEmail = buyer.email();
        buyerOin = buyer.oin();
        buyerKvk = buyer.kvk();
        buyerPeppolId = buyer.peppolId();
        buyerReference = reference(buyerRef, "buyerReference");
        orderReference = reference(orderRef, "orderReference");
        language = "en".equals(lang) ? "en" : "nl";
    }

    private void number(int seq, LocalDate issueDate, int dueDays, String staff, LocalDateTime now) {
        this.year = issueDate.getYear();
        this.seq = seq;
        this.number = numberText(year, seq);
        this.issueDate = issueDate;
        this.dueDate = issueDate.plusDays(dueDays);
        this.paymentReference = PaymentReference.of(year, seq);
        this.issuedBy = staff;
        this.issuedAt = now;
    }

    private void addLines(List<InvoiceLine> newLines) {
        if (newLines == null || newLines.isEmpty()) {
            throw new BusinessException("invoice.lines.none");
        }
        int no = 1;
        for (var line : newLines) {
            line.number(no++);
            lines.add(line);
        }
        netTotal = lines.stream().map(InvoiceLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        vatTotal = breakdown(lines).values().stream().map(v -> v[1]).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        grossTotal = netTotal.add(vatTotal);
    }

    private static Map<Vat, BigDecimal[]> breakdown(List<InvoiceLine> lines) {
        var groups = new LinkedHashMap<Vat, BigDecimal[]>();
        for (var line : lines) {
            var sums = groups.computeIfAbsent(line.vat(),
                    v -> new BigDecimal[]{BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            sums[0] = sums[0].add(line.getAmount());
        }
        groups.forEach((vat, sums) -> sums[1] = sums[0].multiply(vat.rate())
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        return groups;
    }

    private static String reference(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var stripped = text.strip();
        if (stripped.length() > MAX_REFERENCE || stripped.chars().anyMatch(Character::isISOControl)) {
            throw BusinessException.onField(field, "invoice.reference.invalid", MAX_REFERENCE);
        }
        return stripped;
    }

    /** "2026-00042": the year, then the number within it. */
    public static String numberText(int year, int seq) {
        return String.format("%d-%05d", year, seq);
    }
}
