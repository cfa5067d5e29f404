/**
 * The invoices capability's data: issued invoices and credit notes with their lines (never changed
 * once issued: the database refuses it), billing data per organisation, who pays a registrant's
 * KRSD fee, and bank transactions with the payments booked from them.
 */
package nl.ingrado.portal.invoice.entity;
