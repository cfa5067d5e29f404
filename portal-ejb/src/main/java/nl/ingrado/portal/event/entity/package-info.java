/** Events, their workshop rounds and workshops, registrations and evaluations. */
package nl.ingrado.portal.event.entity;
