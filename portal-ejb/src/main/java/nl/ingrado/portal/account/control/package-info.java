/**
 * How credentials are checked: PBKDF2 password hashing, the password policy and login throttling.
 */
package nl.ingrado.portal.account.control;
