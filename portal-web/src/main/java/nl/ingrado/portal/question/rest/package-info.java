/** The API of Vraag en Antwoord: knowledge-base search, questions and documents. */
package nl.ingrado.portal.question.rest;
