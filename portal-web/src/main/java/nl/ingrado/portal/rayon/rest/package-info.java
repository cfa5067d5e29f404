/** The public JSON API of the rayons. */
package nl.ingrado.portal.rayon.rest;
