/**
 * Delivery of service mail: the SMTP session from configuration, mail texts per language and the
 * dispatcher that sends after commit.
 */
package nl.ingrado.portal.mail.control;
