package nl.ingrado.portal.shared.web;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Constraint messages as the provider makes them from {@code ValidationMessages}, plus
 * {@code {typed}}: how many characters were typed, so a refusal says "at most 200 characters (you
 * typed 312)" rather than leaving the user to count. Configured in {@code META-INF/validation.xml},
 * so pages and API bodies say the same.
 */
public class TypedLengthMessages implements MessageInterpolator {

    private final MessageInterpolator standard = Validation.byDefaultProvider().configure()
            .getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return withTyped(standard.interpolate(template, context), context);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return withTyped(standard.interpolate(template, context, locale), context);
    }

    /** The provider leaves an unknown {@code {typed}} as it is; the count goes in after it is done. */
    private static String withTyped(String message, Context context) {
        if (!message.contains("{typed}")) {
            return message;
        }
        var value = context.getValidatedValue();
        // counted as @Size counts, so the number and the limit compare
        var typed = value instanceof CharSequence text ? text.length() : 0;
        return message.replace("{typed}", Integer.toString(typed));
    }
}
