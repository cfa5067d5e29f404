/**
 * The KRSD pages of the professional (dashboard, application, ledger, submissions, shares) and the
 * public register with certificate verification and shared portfolios; the evidence and certificate
 * downloads. Beans only call the register's boundaries; ownership is checked there, by account.
 */
package nl.ingrado.portal.register.web;
