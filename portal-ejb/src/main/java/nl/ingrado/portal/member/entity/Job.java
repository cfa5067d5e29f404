package nl.ingrado.portal.member.entity;

/** What a professional does at an organisation. */
public enum Job {
    LEERPLICHTAMBTENAAR, DOORSTROOMCOACH, BELEIDSMEDEWERKER, MANAGER, ONDERSTEUNER, OTHER
}
