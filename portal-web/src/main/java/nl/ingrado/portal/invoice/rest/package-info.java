/**
 * The invoices JSON API: for staff the list, one invoice with its lines, payments and credit notes, the
 * issued PDF and UBL files and the upload of bank statements (CAMT.053); for a member their own
 * invoices and files.
 */
package nl.ingrado.portal.invoice.rest;
