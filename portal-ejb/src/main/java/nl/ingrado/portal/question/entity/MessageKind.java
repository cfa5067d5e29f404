package nl.ingrado.portal.question.entity;

/** A message on a question: the member's follow-up, an adviser's answer, or an internal note the member never sees. */
public enum MessageKind {
    FOLLOW_UP, ANSWER, NOTE
}
