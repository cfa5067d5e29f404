package nl.ingrado.portal.question.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text that holds no personal data of a young person ({@link PersonalData}): the message says which kind
 * was found ({@code question.personalData.BSN}, {@code .BIRTH_DATE}, {@code .ADDRESS}), so the member knows
 * what to take out.
 */
@Documented
@Constraint(validatedBy = NoPersonalData.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface NoPersonalData {

    String message() default "{question.personalData}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements jakarta.validation.ConstraintValidator<NoPersonalData, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            var finding = PersonalData.find(value == null ? null : value.toString());
            if (finding.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                    "{question.personalData." + finding.get().kind() + "}")
                    .addConstraintViolation();
            return false;
        }
    }
}
