/** Creating events, registering with capacity and waiting lists, attendance, evaluation. */
package nl.ingrado.portal.event.boundary;
