/**
 * Helpers of the member administration: the audit trail written in the caller's transaction and the
 * SQL filters for the staff lists.
 */
package nl.ingrado.portal.member.control;
