/**
 * What every capability shares at its edge: the database (its data source and migrations).
 */
package nl.ingrado.portal.shared.boundary;
