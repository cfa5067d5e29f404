/**
 * Small helpers every capability uses: the clock, one-time secrets, portal-wide settings, and the
 * printable output (PDFs and QR codes) that several capabilities hand out.
 */
package nl.ingrado.portal.shared.control;
