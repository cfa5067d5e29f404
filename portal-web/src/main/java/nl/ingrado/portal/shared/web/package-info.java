/**
 * What every page shares: the language choice, the UI texts and messages to the user, the one
 * handler that shows a business failure on its form, ids from the address bar, security headers and
 * session cookies, how servlets send files, and the database health check.
 */
package nl.ingrado.portal.shared.web;
