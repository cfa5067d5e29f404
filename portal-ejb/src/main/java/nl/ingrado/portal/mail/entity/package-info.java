/**
 * The mail log: a row for every email the portal sends, with its delivery status.
 */
package nl.ingrado.portal.mail.entity;
