package nl.ingrado.portal.question.entity;

/** What the asker thought of an answer. */
public enum Rating {
    USEFUL, NOT_USEFUL
}
