package nl.ingrado.portal.register.web;

import java.util.List;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.shared.web.Feedback;

/** The norm's explanation sentences in the page's language. */
final class Explanations {

    private Explanations() {
    }

    static List<String> of(Norm.Progress progress) {
        return progress.reasons().stream().map(Explanations::sentence).toList();
    }

    static String sentence(Norm.Reason reason) {
        // dates are written out in the page's language by the one date formatter behind Feedback
        return Feedback.text(reason.key(), reason.arguments().toArray());
    }
}
