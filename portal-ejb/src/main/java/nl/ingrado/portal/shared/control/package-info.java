/**
 * Small helpers every capability uses: the clock, one-time secrets and portal-wide settings.
 */
package nl.ingrado.portal.shared.control;
