package nl.ingrado.portal.event.entity;

/** Who may register: only professionals with premium (member) access, or everyone. */
public enum Audience {
    MEMBERS, EVERYONE
}
