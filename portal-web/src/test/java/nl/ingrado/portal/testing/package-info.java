/**
 * What every test of the web module shares: the test environment started once per run (MariaDB,
 * GreenMail, the portal for browser tests), the test database in one-line statements ({@code Db})
 * and the browser.
 */
package nl.ingrado.portal.testing;
