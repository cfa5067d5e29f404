/** The newsletter's data: subscribers and their consent, segments, editions and their items. */
package nl.ingrado.portal.newsletter.entity;
