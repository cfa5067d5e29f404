package nl.ingrado.portal.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.boundary.PersonAdministration.PersonInput;
import nl.ingrado.portal.member.entity.Person;
import nl.ingrado.portal.shared.entity.EmailAddress;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.PersonNameForm;

/** A professional's personal data as staff type it, bound as {@code #{bean.form.x}} when adding and correcting. */
@Getter
@Setter
public class PersonForm extends PersonNameForm {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    @EmailAddress
    private String email;

    @Size(max = Lengths.PHONE)
    private String phone;

    /** The form filled in with the person as they are now. */
    public static PersonForm of(Person person) {
        var form = new PersonForm();
        form.setFirstName(person.getFirstName());
        form.setLastName(person.getLastName());
        form.email = person.getEmail();
        form.phone = person.getPhone();
        return form;
    }

    /** A new professional with the workplace given beside (its fields may be empty). */
    public PersonInput input(WorkplaceForm workplace) {
        return new PersonInput(getFirstName(), getLastName(), email, phone, workplace.getOrganisationId(),
                workplace.getJob(), workplace.getSince());
    }
}
