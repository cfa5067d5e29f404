package nl.ingrado.portal.invoice.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.invoice.entity.Invoice;
import nl.ingrado.portal.invoice.entity.InvoiceKind;
import nl.ingrado.portal.invoice.entity.InvoiceLine;
import nl.ingrado.portal.invoice.entity.InvoicePayment;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.invoice.entity.InvoiceStatus;
import nl.ingrado.portal.invoice.entity.PaymentReference;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.entity.BusinessException;

/** What staff, members and the billing address see of invoices: lists, one invoice, what is owed, the files. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class InvoiceQueries {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** A list's filter; every part may be null. {@code text} matches number, buyer or payment reference. */
    public record Filter(InvoiceStatus status, Integer year, InvoicePurpose purpose, String text,
            Long organisationId)
            implements
                Serializable {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    public record Row(long id, String number, InvoiceKind kind, InvoicePurpose purpose, String buyer,
            Long organisationId, LocalDate issueDate, LocalDate dueDate, BigDecimal total, BigDecimal paid,
            BigDecimal outstanding, InvoiceStatus status, String paymentReference, int reminders,
            boolean overdue)
            implements
                Serializable {
    }

    public record Payment(LocalDate bookedOn, BigDecimal amount, String bookedBy, Long transactionId)
            implements
                Serializable {
    }

    public record Detail(Row row, String buyerName, String buyerAddress, String buyerEmail, String buyerOin,
            String buyerKvk, String buyerReference, String orderReference, String language,
            List<InvoiceLine> lines,
            BigDecimal net, BigDecimal vat, BigDecimal credited, List<Payment> payments,
            List<Row> creditNotes,
            Row corrects, List<String> formats, Long personId) implements Serializable {
    }

    /** What one organisation (or a person) owes: its open invoices and their sum. */
    public record Owed(Long organisationId, String buyer, long invoices, BigDecimal outstanding,
            LocalDate oldestDue)
            implements
                Serializable {
    }

    public record File(String name, String contentType, byte[] content) {
    }

    public List<Row> list(Filter filter, int first, int max) {
        var query = em.createQuery("select i from Invoice i where " + where(filter)
                + " order by i.year desc, i.seq desc", Invoice.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList().stream().map(this::row)
                .toList();
    }

    public long count(Filter filter) {
        var query = em.createQuery("select count(i) from Invoice i where " + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    public Optional<Detail> detail(long id) {
        var invoice = em.find(Invoice.class, id);
        if (invoice == null) {
            return Optional.empty();
        }
        var payments = em
                .createQuery(
                        "select p from InvoicePayment p where p.invoiceId = :i order by p.bookedOn, p.id",
                        InvoicePayment.class)
                .setParameter("i", id).getResultList().stream()
                .map(p -> new Payment(p.getBookedOn(), p.getAmount(), p.getBookedBy(), p.getTransactionId()))
                .toList();
        var notes = em
                .createQuery("select i from Invoice i where i.correctsId = :i order by i.seq", Invoice.class)
                .setParameter("i", id).getResultList().stream().map(this::row).toList();
        var corrects = invoice.getCorrectsId() == null
                ? null
                : row(em.find(Invoice.class, invoice.getCorrectsId()));
        var address = String.join(", ", java.util.stream.Stream.of(invoice.getBuyerStreet(),
                join(invoice.getBuyerPostalCode(), invoice.getBuyerCity()))
                .filter(s -> s != null && !s.isBlank())
                .toList());
        return Optional.of(new Detail(row(invoice), invoice.getBuyerName(), address, invoice.getBuyerEmail(),
                invoice.getBuyerOin(), invoice.getBuyerKvk(), invoice.getBuyerReference(),
                invoice.getOrderReference(),
                invoice.getLanguage(), new ArrayList<>(invoice.getLines()), invoice.getNetTotal(),
                invoice.getVatTotal(),
                invoice.getCreditedAmount(), payments, notes, corrects, InvoiceIssuer.formats(invoice),
                invoice.getPersonId()));
    }

    /** The invoices of a person (KRSD fee, event fees), newest first. */
    public List<Row> mine(long personId) {
        return em
                .createQuery("select i from Invoice i where i.personId = :p order by i.year desc, i.seq desc",
                        Invoice.class)
                .setParameter("p", personId).getResultList().stream().map(this::row).toList();
    }

    /** Per organisation (or person), what is still to be paid on invoices, the most first. */
    public List<Owed> owed() {
        var open = em
                .createQuery("select i from Invoice i where i.kind = :k and i.status in :s", Invoice.class)
                .setParameter("k", InvoiceKind.INVOICE)
                .setParameter("s", List.of(InvoiceStatus.OPEN, InvoiceStatus.PARTLY_PAID)).getResultList();
        var byBuyer = new HashMap<String, Owed>();
        for (var i : open) {
            var key = i.getOrganisationId() != null ? "o" + i.getOrganisationId() : "b" + i.getBuyerName();
            var before = byBuyer.get(key);
            byBuyer.put(key, before == null
                    ? new Owed(i.getOrganisationId(), i.getBuyerName(), 1, i.outstanding(), i.getDueDate())
                    : new Owed(before.organisationId(), before.buyer(), before.invoices() + 1,
                            before.outstanding().add(i.outstanding()),
                            i.getDueDate().isBefore(before.oldestDue())
                                    ? i.getDueDate()
                                    : before.oldestDue()));
        }
        return byBuyer.values().stream()
                .sorted(java.util.Comparator.comparing(Owed::outstanding).reversed()
                        .thenComparing(Owed::buyer))
                .toList();
    }

    /** The stored PDF or UBL file of an invoice; empty when it has none of that format. */
    public Optional<File> file(long invoiceId, String format) {
        var invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null || !("PDF".equals(format) || "UBL".equals(format))) {
            return Optional.empty();
        }
        var rows = em
                .createNativeQuery(
                        "SELECT content FROM invoice_document WHERE invoice_id = ?1 AND format = ?2")
                .setParameter(1, invoiceId).setParameter(2, format).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var pdf = "PDF".equals(format);
        return Optional.of(new File(InvoiceIssuer.fileName(invoice, pdf ? "pdf" : "xml"),
                pdf ? "application/pdf" : "application/xml", (byte[]) rows.get(0)));
    }

    /** The file a mail's link names, while the link is valid; empty otherwise (also for a malformed token). */
    public Optional<File> fileByLink(String token, String format) {
        if (!SecretTokens.isWellFormed(token, 64)) {
            return Optional.empty();
        }
        var today = LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
        var ids = em
                .createNativeQuery(
                        "SELECT invoice_id FROM invoice_link WHERE token_hash = ?1 AND expires_on >= ?2")
                .setParameter(1, SecretTokens.sha256(token)).setParameter(2, today).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return file(((Number) ids.get(0)).longValue(), format);
    }

    public Row row(long id) {
        var invoice = em.find(Invoice.class, id);
        if (invoice == null) {
            throw new BusinessException("invoice.notFound");
        }
        return row(invoice);
    }

    private Row row(Invoice i) {
        var today = LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
        var open = i.getStatus() == InvoiceStatus.OPEN || i.getStatus() == InvoiceStatus.PARTLY_PAID;
        return new Row(i.getId(), i.getNumber(), i.getKind(), i.getPurpose(), i.getBuyerName(),
                i.getOrganisationId(),
                i.getIssueDate(), i.getDueDate(), i.getGrossTotal(), i.getPaidAmount(), i.outstanding(),
                i.getStatus(),
                PaymentReference.grouped(i.getPaymentReference()), i.getRemindersSent(),
                open && i.getDueDate().isBefore(today));
    }

    private static String where(Filter f) {
        var parts = new ArrayList<String>();
        parts.add("1 = 1");
        if (f.status() != null) {
            parts.add("i.status = :status");
        }
        if (f.year() != null) {
            parts.add("i.year = :year");
        }
        if (f.purpose() != null) {
            parts.add("i.purpose = :purpose");
        }
        if (f.organisationId() != null) {
            parts.add("i.organisationId = :org");
        }
        if (f.text() != null && !f.text().isBlank()) {
            parts.add(
                    "(lower(i.buyerName) like :text or i.number like :text or i.paymentReference like :digits)");
        }
        return String.join(" and ", parts);
    }

    private static void bind(jakarta.persistence.Query query, Filter f) {
        if (f.status() != null) {
            query.setParameter("status", f.status());
        }
        if (f.year() != null) {
            query.setParameter("year", f.year());
        }
        if (f.purpose() != null) {
            query.setParameter("purpose", f.purpose());
        }
        if (f.organisationId() != null) {
            query.setParameter("org", f.organisationId());
        }
        if (f.text() != null && !f.text().isBlank()) {
            var text = f.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_",
                    "\\_");
            query.setParameter("text", "%" + text + "%");
            var digits = text.replaceAll("[^0-9]", "");
            query.setParameter("digits", digits.isEmpty() ? "-" : "%" + digits + "%");
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }
}
