package nl.ingrado.portal.question.entity;

/** When an adviser hears of a new question in their themes: at once, or in one mail a day. */
public enum Notify {
    IMMEDIATE, DAILY
}
