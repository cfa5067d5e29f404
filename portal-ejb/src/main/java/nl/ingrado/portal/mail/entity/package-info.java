/**
 * The mail log (a row for every email the portal sends, with its delivery status) and the outgoing mail
 * as the dispatcher receives it.
 */
package nl.ingrado.portal.mail.entity;
