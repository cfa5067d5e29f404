/** What users do with the newsletter: subscribe, unsubscribe, compose, send, follow, read the archive. */
package nl.ingrado.portal.newsletter.boundary;
