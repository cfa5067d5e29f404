package nl.ingrado.portal.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import nl.ingrado.portal.newsletter.boundary.Editions;
import nl.ingrado.portal.newsletter.boundary.Editions.Row;
import nl.ingrado.portal.shared.web.LazyList;

/**
 * /staff/newsletter/index.xhtml (Newsletter editions): newest first with their status, segment and
 * figures. A page costs two statements (count and rows) whatever the number of editions shown.
 */
@Named
@ViewScoped
public class StaffEditions implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Editions editions;

    @Getter
    private final LazyList<Row> model = new LazyList<>(() -> editions.count(),
            (field, ascending, first, size) -> editions.page(first, size), Row::id);
}
