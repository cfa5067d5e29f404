package nl.ingrado.portal.rayon.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.rayon.boundary.RayonService;
import nl.ingrado.portal.rayon.boundary.RayonService.RayonSummary;

/** /rayon/index.xhtml: the six rayons, public. */
@Named
@RequestScoped
public class Rayons {

    @Inject
    RayonService service;

    @Getter
    private List<RayonSummary> rayons;

    @PostConstruct
    void load() {
        rayons = service.overview();
    }
}
