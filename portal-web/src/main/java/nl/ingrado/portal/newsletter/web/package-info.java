/**
 * The newsletter's pages. Public: subscribe, confirm, unsubscribe, archive, feeds, images, and the
 * servlets that must work without a session (the RFC 8058 one-click unsubscribe, the feeds, images).
 * Staff (under /staff/newsletter/, beans named {@code Staff…}): editions and their composing, previews,
 * scheduling and progress; subscribers; segments. Members: the newsletter section of their profile
 * ({@code ProfileNewsletter}).
 */
package nl.ingrado.portal.newsletter.web;
