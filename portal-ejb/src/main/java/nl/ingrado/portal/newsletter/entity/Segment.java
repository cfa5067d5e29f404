package nl.ingrado.portal.newsletter.entity;

/** A named rule for who receives an edition ({@code nl_segment}). */
public record Segment(long id, String name, SegmentKind kind, String value) {
}
