/**
 * The login glue: the one authentication mechanism (form, session, API token), the identity store
 * on the account capability, and the groups and facts of the {@code SessionUser} that it keeps fresh
 * from account and member data. Nothing imports this package; the container finds it.
 */
package nl.ingrado.portal.security.web;
