package nl.ingrado.portal.newsletter.entity;

/**
 * How a segment picks subscribers from portal data. RAYON takes a rayon code, JOB a
 * {@code member.entity.Job}, ORGANISATION_KIND an {@code member.entity.OrganisationKind}; both from
 * the person's current employment. Every segment is intersected with SUBSCRIBED subscribers.
 */
public enum SegmentKind {
    EVERYONE, RAYON, JOB, KRSD, ORGANISATION_KIND;

    public boolean takesValue() {
        return this == RAYON || this == JOB || this == ORGANISATION_KIND;
    }
}
