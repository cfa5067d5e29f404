/**
 * The invoice pages: staff's list, one invoice with its credit notes, the invoicing runs, billing data,
 * bank statements and what is outstanding; a member's own invoices; and the files behind them.
 */
package nl.ingrado.portal.invoice.web;
