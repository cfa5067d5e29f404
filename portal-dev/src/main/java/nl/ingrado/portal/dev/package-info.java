/**
 * Tooling to run the portal on one machine without installing anything: embedded MariaDB, a local
 * SMTP server and Payara Micro. The run command and the test harness share it; production does not.
 */
package nl.ingrado.portal.dev;
