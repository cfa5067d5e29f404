package nl.ingrado.portal.mail.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Subjects and bodies of service mail, in the recipient's language (bundle {@code mail}). */
public final class MailTexts {

    private MailTexts() {
    }

    public static String text(String language, String key, Object... args) {
        var bundle = ResourceBundle.getBundle("nl.ingrado.portal.mail.mail", Locale.forLanguageTag(language),
                MailTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.forLanguageTag(language)).format(args);
    }
}
