/**
 * Small helpers every capability uses: the clock, one-time secrets, portal-wide settings, reading and
 * writing CSV, checking the query parameters of a list, and the printable output (PDFs and QR codes)
 * that several capabilities hand out.
 */
package nl.ingrado.portal.shared.control;
