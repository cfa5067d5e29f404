/**
 * Members of the association: organisations (municipalities, Doorstroompunt regions, partners)
 * and the professionals who work there.
 */
package nl.ingrado.portal.member.entity;
