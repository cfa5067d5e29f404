/**
 * Entry point for members: where professionals work, premium access, staff confirmation of
 * employments, and the audit trail of those changes.
 */
package nl.ingrado.portal.member.boundary;
