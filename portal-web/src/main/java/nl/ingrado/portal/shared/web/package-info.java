/**
 * What every page shares: the language choice and messages to the user, the one handler that
 * shows a business failure on its form, ids from the address bar ({@code IdConverter}), the lazy
 * PrimeFaces list, the one table export (CSV and streamed XLSX), form pieces used by several pages,
 * the current user as pages see it (filled by the security package), security headers and session
 * cookies, the web edge (request limits, addresses of this site, forms with expired view state, the
 * runtime's admin-only endpoints), how servlets send files, and the database health check.
 */
package nl.ingrado.portal.shared.web;
