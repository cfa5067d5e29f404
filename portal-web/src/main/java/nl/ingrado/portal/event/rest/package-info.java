/**
 * The events JSON API: the public calendar, registering, changing a workshop and cancelling, and for
 * organisers the registrations and attendance of an event.
 */
package nl.ingrado.portal.event.rest;
