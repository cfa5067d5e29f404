/**
 * Service mail for every capability: queue a mail in a transaction, its texts per language, the SMTP
 * session for senders of their own (the newsletter), and the mail log as others may read it.
 */
package nl.ingrado.portal.mail.boundary;
