package nl.ingrado.portal.event.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.shared.control.Clocks;

/** Calendar entries and date texts for events, the same in mail attachments and the personal feed. */
public final class EventCalendar {

    private EventCalendar() {
    }

    /**
     * The entry of one registration: its UID never changes, its SEQUENCE grows with every change of
     * the registration and of the event, so calendar programs update instead of duplicating.
     */
    public static Ics.Entry entry(Registration registration, String baseUrl) {
        var event = registration.getEvent();
        return new Ics.Entry("registration-" + registration.getId() + "@portal.ingrado.nl",
                registration.getIcsSequence() + (int) event.getVersion(), event.getTitle(),
                event.getDescription(), location(event), baseUrl + "/events/view.xhtml?id=" + event.getId(),
                event.getStartsAt().atZone(Clocks.AMSTERDAM), event.getEndsAt().atZone(Clocks.AMSTERDAM),
                registration.getStatus() == RegistrationStatus.CANCELLED || event.isCancelled());
    }

    /** The .ics file of the registration as it is now: its values are read now, the file written on get. */
    public static java.util.function.Supplier<byte[]> attachment(Registration registration, String baseUrl,
            Instant now) {
        var entry = entry(registration, baseUrl);
        var method = entry.cancelled() ? Ics.Method.CANCEL : Ics.Method.REQUEST;
        return () -> Ics.calendar(method, now, entry).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String contentType(Registration registration) {
        boolean cancelled = registration.getStatus() == RegistrationStatus.CANCELLED
                || registration.getEvent().isCancelled();
        return Ics.MEDIA_TYPE + "; charset=UTF-8; method=" + (cancelled ? "CANCEL" : "REQUEST");
    }

    public static String feed(List<Registration> registrations, String baseUrl, Instant now, String name) {
        return Ics.calendar(Ics.Method.PUBLISH, name, now,
                registrations.stream().map(r -> entry(r, baseUrl)).toList());
    }

    public static String location(Event event) {
        if (event.getVenue() != null && event.getOnlineUrl() != null) {
            return event.getVenue() + " / " + event.getOnlineUrl();
        }
        return event.getVenue() != null ? event.getVenue() : event.getOnlineUrl();
    }

    public static String day(java.time.LocalDate date, String language) {
        return nl.ingrado.portal.shared.control.DateTexts.longDate(date, Locale.forLanguageTag(language));
    }

    /** "dinsdag 3 maart 2027, 10:00–16:00" (or spanning days). */
    public static String when(Event event, String language) {
        var locale = Locale.forLanguageTag(language);
        var day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        var time = DateTimeFormatter.ofPattern("HH:mm", locale);
        LocalDateTime start = event.getStartsAt();
        LocalDateTime end = event.getEndsAt();
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return start.format(day) + ", " + start.format(time) + "–" + end.format(time);
        }
        return start.format(day) + " " + start.format(time) + " – " + end.format(day) + " "
                + end.format(time);
    }
}
