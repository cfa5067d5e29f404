/**
 * The event pages: the public calendar and event page, registering as member or guest, one's own
 * registrations and evaluations, and for organisers the event form, registrations, attendance at the
 * door and evaluation report; the servlets for QR codes, certificates, calendar feeds, exports and
 * assembly documents.
 */
package nl.ingrado.portal.event.web;
