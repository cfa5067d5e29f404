package nl.ingrado.portal.invoice.entity;

/** An invoice, or a credit note that corrects one (it names it). */
public enum InvoiceKind {
    INVOICE, CREDIT_NOTE
}
