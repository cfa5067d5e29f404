package nl.ingrado.portal.invoice.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.ingrado.portal.invoice.control.BankStatement;
import nl.ingrado.portal.invoice.control.Camt053;
import nl.ingrado.portal.invoice.entity.BankTransaction;
import nl.ingrado.portal.invoice.entity.Invoice;
import nl.ingrado.portal.invoice.entity.InvoiceKind;
import nl.ingrado.portal.invoice.entity.InvoicePayment;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.invoice.entity.InvoiceStatus;
import nl.ingrado.portal.invoice.entity.PaymentReference;
import nl.ingrado.portal.invoice.entity.StatementUpload;
import nl.ingrado.portal.member.boundary.MembershipService;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Payments from the bank: an uploaded CAMT.053 statement is read whole first (a bad file changes
 * nothing), each transaction is kept once whatever statement brings it again, and each credit is
 * booked on the invoice its payment reference or invoice number names. What names nothing waits for
 * staff to assign it by hand. A returned payment takes its money back from the invoice.
 */
@Stateless
public class Payments {

    /** An invoice number in a transfer's free text, e.g. "factuur 2026-00042". */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])(20[0-9]{2})-([0-9]{5})(?![0-9])");
    /** A 16-digit payment reference in free text, possibly grouped by four. */
    private static final Pattern REFERENCE = Pattern
            .compile("(?<![0-9])([0-9]{4}[ .]?[0-9]{4}[ .]?[0-9]{4}[ .]?[0-9]{4})(?![0-9])");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MembershipService memberships;

    public record UploadResult(long statementId, int transactions, int alreadyKnown, int matched,
            int unmatched,
            int ignored) implements Serializable {
    }

    /** Reads and books a CAMT.053 statement; refused whole (with the reason) when it is not one. */
    public UploadResult upload(byte[] xml, String fileName, String staff) {
        BankStatement statement;
        try {
            statement = Camt053.parse(xml);
        } catch (Camt053.Refused e) {
            throw BusinessException.onField("file", e.key(), e.arguments());
        }
        var now = Clocks.nowUtc(clock);
        var upload = new StatementUpload(statement.messageId(), statement.statementId(),
                statement.accountIban(),
                fileName, statement.transactions().size(), staff, now);
        em.persist(upload);
        em.flush();
        var known = new HashSet<String>();
        var fingerprints = statement.transactions().stream().map(BankStatement.Transaction::fingerprint)
                .toList();
        for (int from = 0; from < fingerprints.size(); from += 500) {
            known.addAll(em
                    .createQuery("select t.fingerprint from BankTransaction t where t.fingerprint in :f",
                            String.class)
                    .setParameter("f", fingerprints.subList(from, Math.min(fingerprints.size(), from + 500)))
                    .getResultList());
        }
        int matched = 0;
        int unmatched = 0;
        int ignored = 0;
        int fresh = 0;
        for (var t : statement.transactions()) {
            if (!known.add(t.fingerprint())) {
                continue;
            }
            fresh++;
            var transaction = new BankTransaction(upload.getId(), t.fingerprint(), t.bookingDate(),
                    t.amount(),
                    t.credit(), t.returned(), t.creditorReference(), t.remittance(),
                    t.counterpartyName(), t.counterpartyIban(), t.endToEndId());
            em.persist(transaction);
            em.flush();
            var invoice = invoiceNamedBy(t);
            if (invoice.isPresent()) {
                // a credit pays it; a debit naming it (a returned payment, a refund) takes money back
                book(invoice.get(), transaction, staff);
                transaction.matched(invoice.get().getId());
                matched++;
            } else if (!t.credit()) {
                // money going out (bank costs, refunds) is not a payment on an invoice
                transaction.ignored();
                ignored++;
            } else {
                unmatched++;
            }
        }
        upload.counted(fresh);
        AuditTrail.record(em, "bank_statement", upload.getId(), "UPLOAD", staff, now,
                fileName + ": " + fresh + " new of " + statement.transactions().size() + ", " + matched
                        + " matched");
        return new UploadResult(upload.getId(), statement.transactions().size(),
                statement.transactions().size() - fresh, matched, unmatched, ignored);
    }

    /** Books an unmatched transaction on the invoice staff name by its number. */
    public void assign(long transactionId, String invoiceNumber, String staff) {
        var transaction = Entities.found(em, BankTransaction.class, transactionId,
                "bank.transaction.notFound");
        em.lock(transaction, LockModeType.PESSIMISTIC_WRITE);
        var number = invoiceNumber == null ? "" : invoiceNumber.strip();
        var invoice = em
                .createQuery("select i from Invoice i where i.number = :n and i.kind = :k", Invoice.class)
                .setParameter("n", number).setParameter("k", InvoiceKind.INVOICE).getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> BusinessException.onField("invoiceNumber", "bank.assign.noInvoice", number));
        transaction.assigned(invoice.getId());
        book(invoice, transaction, staff);
    }

    /** Marks an unmatched transaction as not for an invoice (e.g. a donation); it leaves the list. */
    public void ignore(long transactionId, String staff) {
        var transaction = Entities.found(em, BankTransaction.class, transactionId,
                "bank.transaction.notFound");
        em.lock(transaction, LockModeType.PESSIMISTIC_WRITE);
        transaction.ignored();
        AuditTrail.record(em, "bank_transaction", transactionId, "IGNORE", staff, Clocks.nowUtc(clock), "");
    }

    private void book(Invoice invoice, BankTransaction transaction, String staff) {
        em.lock(invoice, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(invoice);
        var amount = transaction.signedAmount();
        em.persist(new InvoicePayment(invoice.getId(), transaction.getId(), amount,
                transaction.getBookingDate() == null
                        ? LocalDate.now(clock.withZone(Clocks.AMSTERDAM))
                        : transaction.getBookingDate(),
                staff, Clocks.nowUtc(clock)));
        var wasPaid = invoice.getStatus() == InvoiceStatus.PAID;
        invoice.booked(amount);
        if (!wasPaid && invoice.getStatus() == InvoiceStatus.PAID
                && invoice.getPurpose() == InvoicePurpose.MEMBERSHIP
                && invoice.getSourceKey() != null) {
            memberships.paidByInvoice(
                    Long.parseLong(invoice.getSourceKey().substring("MEMBERSHIP:".length())), staff);
        }
        AuditTrail.record(em, "invoice", invoice.getId(), "PAYMENT", staff, Clocks.nowUtc(clock),
                amount + " from transaction " + transaction.getId());
    }

    /** The invoice a transaction names: by its structured reference, else a reference or number in its text. */
    private Optional<Invoice> invoiceNamedBy(BankStatement.Transaction t) {
        var structured = PaymentReference.normalised(t.creditorReference());
        if (structured != null && PaymentReference.valid(structured)) {
            var found = byReference(structured);
            if (found.isPresent()) {
                return found;
            }
        }
        var text = (t.remittance() == null ? "" : t.remittance()) + " "
                + (t.creditorReference() == null ? "" : t.creditorReference()) + " "
                + (t.endToEndId() == null ? "" : t.endToEndId());
        var references = REFERENCE.matcher(text);
        while (references.find()) {
            var digits = PaymentReference.normalised(references.group(1));
            if (PaymentReference.valid(digits)) {
                var found = byReference(digits);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        var numbers = NUMBER.matcher(text);
        while (numbers.find()) {
            var found = em
                    .createQuery("select i from Invoice i where i.number = :n and i.kind = :k", Invoice.class)
                    .setParameter("n", numbers.group(1) + "-" + numbers.group(2))
                    .setParameter("k", InvoiceKind.INVOICE).getResultStream().findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Invoice> byReference(String reference) {
        return em
                .createQuery("select i from Invoice i where i.paymentReference = :r and i.kind = :k",
                        Invoice.class)
                .setParameter("r", reference).setParameter("k", InvoiceKind.INVOICE).getResultStream()
                .findFirst();
    }

    /** Unmatched transactions, oldest first, for staff to assign. */
    public List<BankTransaction> unmatched() {
        return em.createQuery(
                "select t from BankTransaction t where t.status = 'UNMATCHED' order by t.bookingDate, t.id",
                BankTransaction.class).getResultList();
    }

    public List<StatementUpload> statements(int max) {
        return em.createQuery("select s from StatementUpload s order by s.uploadedAt desc, s.id desc",
                StatementUpload.class).setMaxResults(max).getResultList();
    }
}
