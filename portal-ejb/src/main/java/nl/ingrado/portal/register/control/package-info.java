/**
 * The register's internals: the auditors' overview query and its cache, upload and attendance-list
 * checks, sampling, dates and the registration certificate.
 */
package nl.ingrado.portal.register.control;
