/**
 * The newsletter's public pages (subscribe, confirm, unsubscribe, archive, feeds, images) and the
 * servlets that must work without a session: the RFC 8058 one-click unsubscribe, the feeds and images.
 */
package nl.ingrado.portal.newsletter.web;
