/**
 * The invoices capability's services: invoicing runs with their preview ({@code Invoicing}), issuing
 * and crediting ({@code InvoiceIssuer}), payments from bank statements ({@code Payments}), billing data
 * ({@code BillingData}), what staff and members see ({@code InvoiceQueries}) and the jobs that remind
 * and bill event fees.
 */
package nl.ingrado.portal.invoice.boundary;
