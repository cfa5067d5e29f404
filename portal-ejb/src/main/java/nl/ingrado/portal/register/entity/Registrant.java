package nl.ingrado.portal.register.entity;

import java.time.LocalDate;

/** A registrant as the pages show one; {@code period} is the current (latest) period, null before approval. */
public record Registrant(long id, long schemeId, long accountId, String email, String language, String number,
        String firstName, String lastName, String job, String employer, Long organisationId,
        RegistrantStatus status,
        boolean showEmployer, boolean showJob, String certificateCode, Period period) {

    public String name() {
        return firstName + " " + lastName;
    }

    /** The date the registration is valid until: the end of the current period. */
    public LocalDate validUntil() {
        return period == null ? null : period.endsOn();
    }
}
