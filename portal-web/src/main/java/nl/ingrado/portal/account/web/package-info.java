/**
 * The account pages: login and logout, email confirmation, forgotten and changed passwords, and the
 * profile with language and personal API tokens (its newsletter section is the newsletter's own bean).
 */
package nl.ingrado.portal.account.web;
