package nl.ingrado.portal.newsletter.entity;

/** Where a subscribe or unsubscribe came from; stored with every consent row. */
public enum ConsentSource {
    PUBLIC_FORM, PROFILE, IMPORT, STAFF, LINK, ONE_CLICK, MAILTO, BOUNCE
}
