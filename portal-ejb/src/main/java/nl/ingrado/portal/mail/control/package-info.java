/**
 * Delivery of service mail: the SMTP session from configuration, and the dispatcher that sends after
 * commit and keeps the mail log's status.
 */
package nl.ingrado.portal.mail.control;
