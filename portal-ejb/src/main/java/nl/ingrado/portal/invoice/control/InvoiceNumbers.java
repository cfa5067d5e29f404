package nl.ingrado.portal.invoice.control;

import jakarta.persistence.EntityManager;

/**
 * The next invoice number of a year, taken in the issuing transaction: the counter row stays locked
 * until that transaction ends, so a rollback gives the number back and two issuers (runs, nodes)
 * take turns. The database's trigger refuses an invoice whose number is not the counter's.
 */
public final class InvoiceNumbers {

    private InvoiceNumbers() {
    }

    public static int next(EntityManager em, int year) {
        // the update takes the row's exclusive lock at once; reading or inserting it first would take a
        // shared lock that two issuers then both try to upgrade: a deadlock
        int updated = em.createNativeQuery(
                "UPDATE invoice_counter SET last_number = last_number + 1 WHERE invoice_year = ?1")
                .setParameter(1, year).executeUpdate();
        if (updated == 0) {
            // the year's first invoice; two at once: one inserts, the other steps the row it finds
            em.createNativeQuery("INSERT INTO invoice_counter (invoice_year, last_number) VALUES (?1, 1) "
                    + "ON DUPLICATE KEY UPDATE last_number = last_number + 1").setParameter(1, year)
                    .executeUpdate();
        }
        return ((Number) em
                .createNativeQuery("SELECT last_number FROM invoice_counter WHERE invoice_year = ?1")
                .setParameter(1, year).getSingleResult()).intValue();
    }
}
