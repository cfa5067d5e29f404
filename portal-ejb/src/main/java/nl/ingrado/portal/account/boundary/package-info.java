/**
 * Entry point for everything about accounts: sign-up with email confirmation, login with
 * throttling, password reset and change, profile, and personal API tokens.
 */
package nl.ingrado.portal.account.boundary;
