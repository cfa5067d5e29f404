package nl.ingrado.portal.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.ingrado.portal.newsletter.boundary.Editions;
import nl.ingrado.portal.newsletter.boundary.Editions.Row;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
    transient Editions editions;

    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) editions.count();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return editions.page(first, pageSize);
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }
    };

    public LazyDataModel<Row> getModel() {
        return model;
    }
}
