/**
 * Page objects: the pages that several browser tests drive (signing up, an event's page, my
 * registrations), each a few named moves over the page's fields, so a changed form is mended in one place.
 */
package nl.ingrado.portal.testing.pages;
