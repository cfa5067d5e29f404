/** The pages of Vraag en Antwoord: asking, the advisers' queue, the knowledge base and the document list. */
package nl.ingrado.portal.question.web;
