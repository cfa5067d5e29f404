/**
 * The JSON API's frame: the application under /api, the caller ({@code Caller}) for resources whose
 * roles {@code @RolesAllowed} checks, paging parameters, the origin check for writes, JSON bodies read
 * strictly into records and checked against their constraints ({@code JsonRecords}), and failures as
 * problem details (RFC 9457) in the caller's language.
 */
package nl.ingrado.portal.shared.rest;
