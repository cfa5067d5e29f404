/**
 * Types shared by all entities, such as the business exception that carries a message key.
 */
package nl.ingrado.portal.shared.entity;
