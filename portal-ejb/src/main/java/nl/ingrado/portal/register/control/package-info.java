/** The register's rules as pure code: the norm with minimums, caps and pro-rata; upload checks. */
package nl.ingrado.portal.register.control;
