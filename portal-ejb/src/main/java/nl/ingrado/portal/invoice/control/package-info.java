/**
 * Helpers of the invoices capability: the gapless number counter, the invoice as a document record
 * and its two renderings (UBL 2.1 for e-invoicing, PDF for people), the CAMT.053 statement reader
 * and the settings (seller, VAT per purpose, terms). The services in {@code invoice.boundary} decide.
 */
package nl.ingrado.portal.invoice.control;
