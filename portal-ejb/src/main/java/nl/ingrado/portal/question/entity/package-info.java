/** The question desk's data: themes, questions and their messages, articles and documents. */
package nl.ingrado.portal.question.entity;
