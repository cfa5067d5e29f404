/**
 * The invoice as documents: the record of everything an issued invoice or credit note shows
 * ({@code InvoiceDocument}, in the terms of EN 16931) and the UBL e-invoice written from it
 * ({@code UblInvoice}, SI-UBL 2.0 or Peppol BIS Billing 3.0).
 */
package nl.ingrado.portal.invoice.control;
