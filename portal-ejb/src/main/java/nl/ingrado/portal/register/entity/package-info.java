/** The register's data: scheme, registrants, periods, point records, accredited activities. */
package nl.ingrado.portal.register.entity;
