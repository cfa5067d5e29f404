/**
 * The JSON API's frame: the application under /api and its failures as problem details (RFC 9457)
 * in the caller's language.
 */
package nl.ingrado.portal.shared.rest;
