package nl.ingrado.portal.mail.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.ingrado.portal.shared.control.DateTexts;

/** Subjects and bodies of service mail, in the recipient's language (bundle {@code mail}). */
public final class MailTexts {

    private MailTexts() {
    }

    public static String text(String language, String key, Object... args) {
        var bundle = ResourceBundle.getBundle("nl.ingrado.portal.mail.mail", Locale.forLanguageTag(language),
                MailTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        var locale = Locale.forLanguageTag(language);
        return new MessageFormat(bundle.getString(key), locale).format(DateTexts.arguments(locale, args));
    }
}
