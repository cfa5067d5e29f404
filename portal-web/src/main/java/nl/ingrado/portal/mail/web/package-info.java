/** The staff page of sent mail: every mail the portal sent, newest first, with its delivery status. */
package nl.ingrado.portal.mail.web;
