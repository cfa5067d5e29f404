/** The JSON API about the caller: who is logged in, with name, language, roles and workplaces. */
package nl.ingrado.portal.account.rest;
