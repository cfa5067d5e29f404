package nl.ingrado.portal.invoice.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.ingrado.portal.invoice.control.InvoiceDocuments;
import nl.ingrado.portal.invoice.control.InvoiceNumbers;
import nl.ingrado.portal.invoice.control.InvoicePdf;
import nl.ingrado.portal.invoice.control.InvoiceSettings;
import nl.ingrado.portal.invoice.control.UblInvoice;
import nl.ingrado.portal.invoice.entity.Invoice;
import nl.ingrado.portal.invoice.entity.InvoiceKind;
import nl.ingrado.portal.invoice.entity.InvoiceLine;
import nl.ingrado.portal.invoice.entity.PaymentReference;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.mail.entity.OutgoingMail;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Issues invoices and credit notes, one per transaction of its own: the number is taken, the invoice
 * and its documents stored and the mail queued together, or nothing is (and the number is given back).
 */
@Stateless
public class InvoiceIssuer {

    /** Days a download link in a mail works. */
    static final int LINK_DAYS = 180;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    InvoiceSettings settings;

    @Inject
    PortalSettings portal;

    @Inject
    MailService mail;

    /** Issues {@code draft} unless its source was invoiced already; the new invoice's id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> issue(Invoice.Draft draft, String staff) {
        return issueOn(draft, staff, LocalDate.now(clock.withZone(Clocks.AMSTERDAM)));
    }

    /**
     * As {@link #issue}, dated {@code issueDate}: for the demo's invoices of last year. The numbers of a
     * year still run without gaps; only the dates may then not follow them.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> issueOn(Invoice.Draft draft, String staff, LocalDate issueDate) {
        if (draft.sourceKey() != null && invoiced(draft.sourceKey())) {
            return Optional.empty();
        }
        var seq = InvoiceNumbers.next(em, issueDate.getYear());
        var invoice = Invoice.issue(draft, seq, issueDate, settings.paymentDays(), staff,
                Clocks.nowUtc(clock));
        em.persist(invoice);
        em.flush();
        publish(invoice, null);
        AuditTrail.record(em, "invoice", invoice.getId(), "ISSUE", staff, Clocks.nowUtc(clock),
                invoice.getNumber() + " " + invoice.getGrossTotal());
        return Optional.of(invoice.getId());
    }

    /**
     * A credit note for invoice {@code invoiceId}: {@code quantities} by line number (a line left out is
     * not credited), or the whole invoice when null. The credit note's id.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long credit(long invoiceId, Map<Integer, BigDecimal> quantities, String staff) {
        var invoice = Entities.found(em, Invoice.class, invoiceId, "invoice.notFound");
        em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(invoice);
        if (invoice.getKind() != InvoiceKind.INVOICE) {
            throw new BusinessException("invoice.credit.notAnInvoice");
        }
        var lines = new ArrayList<InvoiceLine>();
        for (var line : invoice.getLines()) {
            var quantity = quantities == null ? line.getQuantity() : quantities.get(line.getLineNo());
            if (quantity == null || quantity.signum() == 0) {
                continue;
            }
            if (quantity.signum() < 0 || quantity.compareTo(line.getQuantity()) > 0) {
                throw BusinessException.onField("quantity" + line.getLineNo(), "invoice.credit.quantity",
                        line.getQuantity());
            }
            lines.add(line.copy(quantity));
        }
        if (lines.isEmpty()) {
            throw new BusinessException("invoice.credit.nothing");
        }
        var today = LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
        var seq = InvoiceNumbers.next(em, today.getYear());
        var note = invoice.credit(lines, seq, today, staff, Clocks.nowUtc(clock));
        em.persist(note);
        em.flush();
        publish(note, invoice);
        AuditTrail.record(em, "invoice", invoice.getId(), "CREDIT", staff, Clocks.nowUtc(clock),
                note.getNumber() + " " + note.getGrossTotal());
        return note.getId();
    }

    /** Mails a reminder of an unpaid invoice with a fresh download link; {@code which} is 1 or 2. */
    public void remind(Invoice invoice, int which) {
        if (invoice.getBuyerEmail() == null) {
            return;
        }
        var locale = locale(invoice.getLanguage());
        mail.send(invoice.getBuyerEmail(), invoice.getLanguage(), "invoice.reminder" + which,
                invoice.getBuyerName(), invoice.getNumber(), money(invoice.outstanding(), locale),
                date(invoice.getDueDate(), locale), PaymentReference.grouped(invoice.getPaymentReference()),
                settings.iban(), link(invoice), settings.seller().name());
    }

    private boolean invoiced(String sourceKey) {
        return !em.createQuery("select i.id from Invoice i where i.sourceKey = :k", Long.class)
                .setParameter("k", sourceKey).getResultList().isEmpty();
    }

    /** Stores the PDF (and for an organisation the UBL file) as issued, and mails both to the buyer. */
    private void publish(Invoice invoice, Invoice corrected) {
        var document = InvoiceDocuments.of(invoice, corrected, settings);
        var pdf = InvoicePdf.write(document,
                "en".equals(invoice.getLanguage()) ? InvoicePdf.Labels.english() : InvoicePdf.Labels.dutch());
        store(invoice.getId(), "PDF", pdf);
        byte[] ubl = null;
        if (invoice.isOrganisationBuyer()) {
            ubl = UblInvoice.write(document);
            store(invoice.getId(), "UBL", ubl);
        }
        if (invoice.getBuyerEmail() == null) {
            return;
        }
        var attachments = new ArrayList<OutgoingMail.Attachment>();
        var pdfBytes = pdf;
        attachments.add(
                new OutgoingMail.Attachment(fileName(invoice, "pdf"), "application/pdf", () -> pdfBytes));
        if (ubl != null) {
            var ublBytes = ubl;
            attachments.add(new OutgoingMail.Attachment(fileName(invoice, "xml"), "application/xml",
                    () -> ublBytes));
        }
        var locale = locale(invoice.getLanguage());
        if (invoice.getKind() == InvoiceKind.CREDIT_NOTE) {
            mail.sendWith(attachments, invoice.getBuyerEmail(), invoice.getLanguage(), "invoice.credited",
                    invoice.getBuyerName(), invoice.getNumber(), money(invoice.getGrossTotal(), locale),
                    corrected.getNumber(), link(invoice), settings.seller().name());
        } else {
            mail.sendWith(attachments, invoice.getBuyerEmail(), invoice.getLanguage(), "invoice.issued",
                    invoice.getBuyerName(), invoice.getNumber(), money(invoice.getGrossTotal(), locale),
                    date(invoice.getDueDate(), locale),
                    PaymentReference.grouped(invoice.getPaymentReference()),
                    settings.iban(), link(invoice), settings.seller().name());
        }
        invoice.mailed(Clocks.nowUtc(clock));
    }

    private void store(long invoiceId, String format, byte[] content) {
        em.createNativeQuery("INSERT INTO invoice_document (invoice_id, format, content) VALUES (?1, ?2, ?3)")
                .setParameter(1, invoiceId).setParameter(2, format).setParameter(3, content).executeUpdate();
    }

    /** A new link for the buyer's mail; only its hash is stored. */
    private String link(Invoice invoice) {
        var token = SecretTokens.newToken();
        em.createNativeQuery(
                "INSERT INTO invoice_link (token_hash, invoice_id, expires_on) VALUES (?1, ?2, ?3)")
                .setParameter(1, SecretTokens.sha256(token)).setParameter(2, invoice.getId())
                .setParameter(3, LocalDate.now(clock.withZone(Clocks.AMSTERDAM)).plusDays(LINK_DAYS))
                .executeUpdate();
        return portal.baseUrl() + "/invoice-file?t=" + token;
    }

    /** "factuur-2026-00042.pdf" / "invoice-2026-00042.xml". */
    public static String fileName(Invoice invoice, String extension) {
        var word = invoice.getKind() == InvoiceKind.CREDIT_NOTE
                ? ("en".equals(invoice.getLanguage()) ? "credit-note" : "creditnota")
                : ("en".equals(invoice.getLanguage()) ? "invoice" : "factuur");
        return word + "-" + invoice.getNumber() + "." + extension;
    }

    static Locale locale(String language) {
        return "en".equals(language) ? Locale.UK : Locale.forLanguageTag("nl-NL");
    }

    static String money(BigDecimal amount, Locale locale) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount);
    }

    static String date(LocalDate date, Locale locale) {
        return nl.ingrado.portal.shared.control.DateTexts.longDate(date, locale);
    }

    static List<String> formats(Invoice invoice) {
        return invoice.isOrganisationBuyer() ? List.of("PDF", "UBL") : List.of("PDF");
    }
}
