/**
 * Helpers of the events capability that need no database: the iCalendar text of feeds and mail
 * invitations. The services in {@code event.boundary} decide what goes in; these classes only
 * write it correctly.
 */
package nl.ingrado.portal.event.control;
