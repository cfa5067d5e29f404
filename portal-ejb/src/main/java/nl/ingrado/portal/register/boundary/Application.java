package nl.ingrado.portal.register.boundary;

/**
 * What a professional fills in to enter the register. {@code organisationId} is optional (the employer
 * as a known member organisation); {@code conductAccepted} is the statement of the code of conduct.
 */
public record Application(String firstName, String lastName, String job, String employer, Long organisationId,
        boolean conductAccepted) {
}
