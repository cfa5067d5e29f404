package nl.ingrado.portal.shared.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * The first and last name that several forms ask of a person (staff adding a professional, a member
 * applying for the register): the two fields and their accessors once.
 */
@Getter
@Setter
public abstract class PersonNameForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Lengths.FIRST_NAME)
    private String firstName;

    @NotBlank
    @Size(max = Lengths.LAST_NAME)
    private String lastName;
}
