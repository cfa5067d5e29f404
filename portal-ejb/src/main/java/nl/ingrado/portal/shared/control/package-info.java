/**
 * Small helpers every capability uses: the clock, one-time secrets, typed portal-wide settings, the
 * audit trail, native query rows, an entity by id, the WHERE clause of a filtered list, reading and
 * writing CSV, checking the query parameters of a list, and the printable output (PDFs and QR codes). In portal-web the same package holds {@code Texts},
 * the UI texts, so that both pages and the API may use them.
 */
package nl.ingrado.portal.shared.control;
