package nl.ingrado.portal.register.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.shared.web.Feedback;

/** The norm's explanation sentences in the page's language. */
final class Explanations {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Explanations() {
    }

    static List<String> of(Norm.Progress progress) {
        return progress.reasons().stream().map(Explanations::sentence).toList();
    }

    static String sentence(Norm.Reason reason) {
        // MessageFormat's {n,date} takes a java.util.Date, not a LocalDate
        var args = reason.arguments().stream()
                .map(a -> a instanceof LocalDate d ? Date.from(d.atStartOfDay(AMSTERDAM).toInstant()) : a)
                .toArray();
        return Feedback.text(reason.key(), args);
    }
}
