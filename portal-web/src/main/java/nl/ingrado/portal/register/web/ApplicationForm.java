package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.Application;
import nl.ingrado.portal.register.boundary.OwnRegistration.Defaults;
import nl.ingrado.portal.register.entity.Registrant;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.PersonNameForm;

/** The application for the register as the member fills it in, bound as {@code #{krsdApply.form.x}}. */
@Getter
@Setter
public class ApplicationForm extends PersonNameForm {

    @Serial
    private static final long serialVersionUID = 1L;

    private String job;

    @Size(max = Lengths.NAME)
    private String employer;
    private Long organisationId;
    private boolean conduct;

    /** Filled in from the member's person and current workplace. */
    public static ApplicationForm of(Defaults defaults) {
        return new ApplicationForm(defaults.firstName(), defaults.lastName(), defaults.job(),
                defaults.employer(),
                defaults.organisationId());
    }

    /** Filled in as the refused application was, for applying again. */
    public static ApplicationForm of(Registrant before) {
        return new ApplicationForm(before.firstName(), before.lastName(), before.job(), before.employer(),
                before.organisationId());
    }

    private ApplicationForm(String firstName, String lastName, String job, String employer,
            Long organisationId) {
        setFirstName(firstName);
        setLastName(lastName);
        this.job = job;
        this.employer = employer;
        this.organisationId = organisationId;
    }

    public Application application() {
        return new Application(getFirstName(), getLastName(), job, employer, organisationId, conduct);
    }
}
