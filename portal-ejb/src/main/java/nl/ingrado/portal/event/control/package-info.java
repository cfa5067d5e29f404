/**
 * Helpers of the events capability: {@code Seats}, the one place that counts taken and waiting seats
 * and locks an event's row before they change, and the iCalendar text of feeds and mail invitations.
 * The services in {@code event.boundary} decide; these classes count and write correctly.
 */
package nl.ingrado.portal.event.control;
