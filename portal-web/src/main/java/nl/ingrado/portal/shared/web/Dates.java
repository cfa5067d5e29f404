package nl.ingrado.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import nl.ingrado.portal.shared.control.DateTexts;

/**
 * Dates in the page's language for sentences and facts ({@code #{dates.longDate(e.endsOn())}} →
 * "25 november 2026" or "25 November 2026"); the same formatter writes dates into messages and mail.
 */
@Named
@RequestScoped
public class Dates {

    @Inject
    Language language;

    public String longDate(Object date) {
        return DateTexts.longDate(date, language.getLocale());
    }

    public String dateTime(LocalDateTime time) {
        return DateTexts.dateTime(time, language.getLocale());
    }

    public String dayAndDate(Object date) {
        return DateTexts.dayAndDate(date, language.getLocale());
    }
}
