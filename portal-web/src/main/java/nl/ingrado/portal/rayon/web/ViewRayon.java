package nl.ingrado.portal.rayon.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.rayon.boundary.RayonService;
import nl.ingrado.portal.rayon.boundary.RayonService.RayonDetail;
import nl.ingrado.portal.shared.web.Pages;

/** /rayon/view.xhtml?id=…: one rayon's regions, municipalities and contact persons, public. */
@Named
@RequestScoped
public class ViewRayon {

    @Inject
    RayonService service;

    @Getter
    @Setter
    private Long id;
    @Getter
    private RayonDetail rayon;

    public void load() throws IOException {
        rayon = Pages.found(service.detail(id), "no such rayon");
    }
}
