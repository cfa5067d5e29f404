/**
 * The member pages: sign-up (an account with its first workplace), where a professional works, and the staff administration of professionals and
 * organisations (lists with filters in the URL, detail pages with history, merger, CSV import and
 * the CSV and Excel export). One view-scoped bean per view, named after it.
 */
package nl.ingrado.portal.member.web;
