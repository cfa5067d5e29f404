package nl.ingrado.portal.question.entity;

/** Where a knowledge-base article stands: a draft only editors see, or published for its readers. */
public enum ArticleStatus {
    DRAFT, PUBLISHED
}
