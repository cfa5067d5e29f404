package nl.ingrado.portal.rayon.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import nl.ingrado.portal.rayon.boundary.RayonService;
import nl.ingrado.portal.rayon.boundary.RayonService.RayonDetail;
import org.omnifaces.util.Faces;

/** /rayon/view.xhtml?id=…: one rayon's regions, municipalities and contact persons, public. */
@Named
@RequestScoped
public class ViewRayon {

    @Inject
    RayonService service;

    private Long id;
    private RayonDetail rayon;

    public void load() throws IOException {
        rayon = service.detail(id).orElse(null);
        if (rayon == null) {
            Faces.responseSendError(404, "no such rayon");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RayonDetail getRayon() {
        return rayon;
    }
}
