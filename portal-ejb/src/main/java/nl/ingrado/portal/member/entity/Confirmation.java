package nl.ingrado.portal.member.entity;

/** How an employment became trusted: by the email domain at once, or by staff. */
public enum Confirmation {
    BY_DOMAIN, PENDING, CONFIRMED, REJECTED;

    public boolean trusted() {
        return this == BY_DOMAIN || this == CONFIRMED;
    }
}
