package nl.ingrado.portal.newsletter.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.ingrado.portal.newsletter.control.EditionRenderer;

/** An edition as a subscriber will get it, for staff to check before sending. */
@Stateless
public class EditionPreview {

    @Inject
    Editions editions;

    @Inject
    EditionRenderer renderer;

    /** The message's HTML and plain text parts; the unsubscribe link goes nowhere. */
    public record Preview(String html, String text) {
    }

    /** The edition rendered in {@code language}; empty when there is no such edition. */
    public Optional<Preview> of(long editionId, String language) {
        return editions.find(editionId).map(edition -> {
            var rendered = renderer.render(edition, editions.items(editionId), language).personal("#");
            return new Preview(rendered.html(), rendered.text());
        });
    }
}
