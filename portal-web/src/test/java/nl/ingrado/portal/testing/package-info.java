/**
 * What every test of the web module shares: the test environment started once per run (MariaDB,
 * GreenMail, the portal for browser tests), the test database in one-line statements ({@code Db}),
 * the rows a test makes for itself ({@code Fixtures}, and {@code BrowserFixtures} for the users a
 * browser test logs in as), the mails the portal sent ({@code Mailbox}), the browser with its base
 * class and the plain HTTP session, and the crawl of every page a role reaches ({@code SiteCrawler},
 * with its {@code PageChecks}, {@code Viewport} widths and {@code Findings}), and for invoices sample
 * {@code InvoiceDocuments} and the e-invoice rules ({@code UblValidator}).
 */
package nl.ingrado.portal.testing;
