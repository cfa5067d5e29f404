package nl.ingrado.portal.invoice.entity;

/** What an invoice charges for; a credit note takes the purpose of the invoice it corrects. */
public enum InvoicePurpose {
    MEMBERSHIP, KRSD_FEE, EVENT_FEE, OTHER
}
