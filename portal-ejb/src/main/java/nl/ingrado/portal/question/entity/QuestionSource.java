package nl.ingrado.portal.question.entity;

/** How a question came in: through the portal, or by phone during the vragenuur. */
public enum QuestionSource {
    SITE, PHONE
}
