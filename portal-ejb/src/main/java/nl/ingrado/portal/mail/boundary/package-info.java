/**
 * Service mail for every capability: queue a mail in a transaction, read the mail log.
 */
package nl.ingrado.portal.mail.boundary;
