/**
 * The account pages: sign-up with email confirmation, login and logout, forgotten and changed
 * passwords, and the profile with language, newsletter choice and personal API tokens.
 */
package nl.ingrado.portal.account.web;
