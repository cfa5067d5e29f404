/**
 * The staff API for professionals and organisations. Every call checks that the caller is staff
 * or admin; failures are problem details through the shared mappers.
 */
package nl.ingrado.portal.member.rest;
