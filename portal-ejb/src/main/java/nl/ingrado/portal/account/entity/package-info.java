/**
 * Accounts and their credentials: roles, single-use email links, personal API tokens and failed
 * logins. Each entity guards its own rules (a token is spent once, a name is never blank).
 */
package nl.ingrado.portal.account.entity;
