/**
 * Entry point for Vraag en Antwoord: premium members' questions and advisers' answers, the knowledge
 * base (kennisbank) and the document list (documentenlijst).
 */
package nl.ingrado.portal.question.boundary;
