/** Rendering, sanitising, signing and the sending engine of the newsletter. */
package nl.ingrado.portal.newsletter.control;
