/**
 * Helpers of the member administration: the SQL filters behind the staff lists of professionals and
 * organisations.
 */
package nl.ingrado.portal.member.control;
