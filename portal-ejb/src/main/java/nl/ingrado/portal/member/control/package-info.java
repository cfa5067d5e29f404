/**
 * Helpers of the member administration: the audit trail written in the caller's transaction, SQL
 * filters for the staff lists, and reading and writing CSV files.
 */
package nl.ingrado.portal.member.control;
