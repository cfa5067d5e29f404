package nl.ingrado.portal.newsletter.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.newsletter.boundary.Archive;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.shared.control.Clocks;

/** /newsletter/index.xhtml, public: the sent editions, newest first, and the way to subscribe. */
@Named
@RequestScoped
public class NewsletterArchive {

    static final int MAX = 200;

    @Inject
    Archive archive;

    @Getter
    private List<Edition> editions;

    @PostConstruct
    void load() {
        editions = archive.sent(MAX);
    }

    /** The day an edition went out, in Dutch time. */
    public static LocalDate day(LocalDateTime utc) {
        return utc == null
                ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Clocks.AMSTERDAM).toLocalDate();
    }

    public LocalDate sentOn(Edition edition) {
        return day(edition.finishedAt());
    }
}
