package nl.ingrado.portal.member.entity;

public enum OrganisationKind {
    MUNICIPALITY, REGION, PARTNER, INGRADO
}
