package nl.ingrado.portal.shared.control;

import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI texts (bundle {@code messages}), for code outside a Faces request such as the REST API. */
public final class Texts {

    public static final String BUNDLE = "nl.ingrado.portal.web.messages";
    /** Texts of the staff's member administration, kept apart from the general UI texts. */
    public static final String STAFF_BUNDLE = "nl.ingrado.portal.web.staff";
    /** Events: public and member pages (events), organising them (organise), the day itself and evaluation (attendance). */
    public static final String[] EVENT_BUNDLES = {"nl.ingrado.portal.web.events",
            "nl.ingrado.portal.web.organise",
            "nl.ingrado.portal.web.attendance"};
    /** KRSD: member and public pages (krsd), auditor work (audit), providers (provider), overview (overview). */
    public static final String[] REGISTER_BUNDLES = {"nl.ingrado.portal.web.krsd",
            "nl.ingrado.portal.web.audit",
            "nl.ingrado.portal.web.provider",
            "nl.ingrado.portal.web.overview",
            // newsletter: public and member pages (newsletter), staff work (newsletterStaff)
            "nl.ingrado.portal.web.newsletter",
            "nl.ingrado.portal.web.newsletterStaff",
            // Vraag en Antwoord: the knowledge base and the document list
            "nl.ingrado.portal.web.knowledge",
            // Vraag en Antwoord: the question desk (question)
            "nl.ingrado.portal.web.question",
            // invoices: staff's pages, the member's own invoices, the bookkeeping export
            "nl.ingrado.portal.web.invoice"};
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String LANGUAGE_COOKIE = "portal_lang";

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... args) {
        for (var name : java.util.stream.Stream.concat(java.util.stream.Stream.of(BUNDLE, STAFF_BUNDLE),
                java.util.stream.Stream.concat(java.util.Arrays.stream(EVENT_BUNDLES),
                        java.util.Arrays.stream(REGISTER_BUNDLES)))
                .toList()) {
            try {
                var bundle = ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader(),
                        ResourceBundle.Control
                                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                var pattern = bundle.getString(key);
                return args.length == 0
                        ? pattern
                        : new MessageFormat(pattern, locale).format(DateTexts.arguments(locale, args));
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }

    /** The language of a page: the visitor's choice (a cookie), else Dutch. */
    public static Locale pageLocaleOf(HttpServletRequest request) {
        var chosen = chosenLocale(request);
        return chosen == null ? DUTCH : chosen;
    }

    /** The language of an API answer: the language cookie, else the client's first choice, else Dutch. */
    public static Locale localeOf(HttpServletRequest request) {
        var chosen = chosenLocale(request);
        if (chosen != null) {
            return chosen;
        }
        var accept = request.getHeader("Accept-Language");
        return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : DUTCH;
    }

    private static Locale chosenLocale(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return "en".equals(cookie.getValue()) ? ENGLISH : DUTCH;
                }
            }
        }
        return null;
    }
}
