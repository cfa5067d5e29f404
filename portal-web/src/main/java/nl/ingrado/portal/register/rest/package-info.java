/**
 * The register's JSON API for professionals and the public: one's own registration and progress, and
 * the public register lookup. Ownership is by the caller's account; nothing else is reachable.
 */
package nl.ingrado.portal.register.rest;
