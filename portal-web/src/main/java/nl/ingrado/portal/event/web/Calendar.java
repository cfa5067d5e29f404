package nl.ingrado.portal.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.EventCatalog;
import nl.ingrado.portal.event.boundary.EventCatalog.EventSummary;
import nl.ingrado.portal.event.entity.EventKind;
import nl.ingrado.portal.rayon.boundary.RayonService;
import nl.ingrado.portal.rayon.boundary.RayonService.RayonName;
import nl.ingrado.portal.shared.web.Ids;

/** /events/index.xhtml (Agenda): upcoming events, filtered by kind and rayon in the address. */
@Named
@RequestScoped
public class Calendar {

    @Inject
    EventCatalog catalog;

    @Inject
    RayonService rayonService;

    @Getter
    @Setter
    private String kind;
    @Getter
    @Setter
    private String rayon;
    /** The agenda shows this many events a page, so a page costs the same however many are planned. */
    static final int PAGE_SIZE = 25;
    private static final int MAX_PAGE = 1000;

    @Getter
    @Setter
    private String page;
    @Getter
    private int pageNumber = 1;
    @Getter
    private boolean hasNext;
    @Getter
    private List<EventSummary> events;
    /** Asked several times while the page renders: read once. */
    @Getter(lazy = true)
    private final List<RayonName> rayons = rayonService.names();
    private final Map<String, MessageFormat> formats = new HashMap<>();

    public void load() {
        EventKind parsedKind = null;
        try {
            parsedKind = kind == null || kind.isBlank() ? null : EventKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        Long rayonId = Ids.parse(rayon);
        var number = Ids.parse(page);
        pageNumber = number == null || number < 1 || number > MAX_PAGE ? 1 : number.intValue();
        // one more than a page: whether there is a next page costs no count
        var found = catalog.upcoming(parsedKind, rayonId, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        hasNext = found.size() > PAGE_SIZE;
        events = hasNext ? found.subList(0, PAGE_SIZE) : found;
    }

    /** The agenda's address for another page, with the filters kept. */
    public String pageUrl(int number) {
        var query = new StringBuilder("?page=").append(number);
        if (kind != null && !kind.isBlank()) {
            query.append("&kind=")
                    .append(java.net.URLEncoder.encode(kind, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (Ids.parse(rayon) != null) {
            query.append("&rayon=").append(Ids.parse(rayon));
        }
        return query.toString();
    }

    /** "12 plaatsen vrij" on a card; the pattern (a choice) parsed once a request, not once a card. */
    public String seats(long free) {
        return format("calendar.seats", free);
    }

    /** "2 punten, categorie A" on a card, as {@code h:outputFormat} wrote it. */
    public String points(BigDecimal points, String category) {
        return format("event.points", points.stripTrailingZeros().toPlainString(), category);
    }

    private String format(String key, Object... arguments) {
        var format = formats.computeIfAbsent(key, k -> {
            var context = FacesContext.getCurrentInstance();
            var locale = context.getViewRoot().getLocale();
            return new MessageFormat(
                    context.getApplication().getResourceBundle(context, "eventMsg").getString(k),
                    locale);
        });
        return format.format(arguments);
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }
}
