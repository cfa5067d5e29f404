package nl.ingrado.portal.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.Accreditations;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.entity.CatalogueEntry;

/**
 * /auditor/catalogue.xhtml[?show=all]: accredited activities and accredited Ingrado events; by default only
 * what counts today.
 */
@Named
@RequestScoped
public class Catalogue {

    @Inject
    Accreditations accreditations;

    @Inject
    Registrants registrants;

    @Getter
    @Setter
    private String show;
    private List<CatalogueEntry> entries;

    public List<CatalogueEntry> getEntries() {
        if (entries == null) {
            entries = accreditations.catalogue(!isAll(), registrants.today());
        }
        return entries;
    }

    public boolean isAll() {
        return "all".equals(show);
    }
}
