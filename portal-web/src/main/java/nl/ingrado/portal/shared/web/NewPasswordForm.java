package nl.ingrado.portal.shared.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/** A new password typed twice (signing up, resetting, changing it): the two fields and the check that they match. */
@Getter
@Setter
public class NewPasswordForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(min = Lengths.PASSWORD_MIN, max = Lengths.PASSWORD, message = "{portal.password.length}")
    private String password;

    @NotBlank
    @Size(max = Lengths.PASSWORD)
    private String repeat;

    /**
     * Whether the two match; when not, that is said on the field {@code repeatField} (the second one) and
     * the form is to be shown again.
     */
    public boolean confirmed(String repeatField) {
        if (password == null || !password.equals(repeat)) {
            Feedback.show(BusinessException.onField(repeatField, "password.mismatch"));
            return false;
        }
        return true;
    }
}
