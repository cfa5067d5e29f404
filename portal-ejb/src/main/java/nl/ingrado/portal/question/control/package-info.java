/** How the question desk works inside: Markdown rendering, the knowledge-base search index, due dates. */
package nl.ingrado.portal.question.control;
