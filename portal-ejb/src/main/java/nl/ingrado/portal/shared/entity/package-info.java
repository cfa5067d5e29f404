/**
 * Types shared by all entities: the business exception that carries a message key, the one rule for
 * email addresses ({@code Email}, {@code @EmailAddress}) and the length limits taken from the columns
 * ({@code Lengths}), which forms, API bodies and services all declare their input with.
 */
package nl.ingrado.portal.shared.entity;
