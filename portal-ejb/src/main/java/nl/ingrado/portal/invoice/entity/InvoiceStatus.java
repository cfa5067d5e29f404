package nl.ingrado.portal.invoice.entity;

/** OPEN until money arrives; PAID when payments cover what is due (more is an over-payment, shown); CREDITED when a credit note cancels it whole; SETTLED for a credit note itself. */
public enum InvoiceStatus {
    OPEN, PARTLY_PAID, PAID, CREDITED, SETTLED
}
