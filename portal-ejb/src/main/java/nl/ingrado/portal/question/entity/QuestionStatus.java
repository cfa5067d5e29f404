package nl.ingrado.portal.question.entity;

/** Where a question stands: nieuw, in behandeling, beantwoord, gesloten. */
public enum QuestionStatus {
    NEW, IN_PROGRESS, ANSWERED, CLOSED
}
