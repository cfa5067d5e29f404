package nl.ingrado.portal.shared.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A typed email address that a mail can be sent to ({@link Email#isValid}); an empty value passes, so
 * pair it with {@code @NotBlank} where the address is required.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Size(max = Email.MAX_LENGTH)
public @interface EmailAddress {

    String message() default "{portal.email.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements jakarta.validation.ConstraintValidator<EmailAddress, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, jakarta.validation.ConstraintValidatorContext context) {
            if (value == null || value.toString().isBlank()) {
                return true;
            }
            var normalized = Email.normalize(value.toString());
            // too long is said by the composed @Size, with the count
            return normalized.length() > Email.MAX_LENGTH || Email.isValid(normalized);
        }
    }
}
