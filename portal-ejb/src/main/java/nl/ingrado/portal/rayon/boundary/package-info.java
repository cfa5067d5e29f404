/**
 * Entry point for the rayons: the public overview and a rayon's regions, municipalities and contacts.
 */
package nl.ingrado.portal.rayon.boundary;
