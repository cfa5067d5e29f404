/**
 * The register's data: scheme, registrants, periods, point records, accredited activities; the norm
 * with its minimums, caps and pro-rata ({@code Norm}) and a row of the auditors' overview.
 */
package nl.ingrado.portal.register.entity;
