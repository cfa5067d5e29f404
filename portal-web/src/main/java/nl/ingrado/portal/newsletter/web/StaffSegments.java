package nl.ingrado.portal.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.newsletter.boundary.Segments;
import nl.ingrado.portal.newsletter.entity.SegmentKind;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /staff/newsletter/segments.xhtml (Segments): every segment with the subscribers it reaches now,
 * a new one (name and rule), and deleting one that no edition uses.
 */
@Named
@ViewScoped
public class StaffSegments implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Segments segments;

    @Inject
    CurrentUser currentUser;

    @Getter
    private List<Segments.Row> rows;
    @Getter
    private List<Segments.Rayon> rayons;

    @Size(max = Lengths.SEGMENT_NAME)
    @Getter
    @Setter
    private String name;
    @Getter
    @Setter
    private SegmentKind kind;
    @Getter
    @Setter
    private String rayon;
    @Getter
    @Setter
    private String job;
    @Getter
    @Setter
    private String organisationKind;

    public void load() {
        rows = segments.list();
        rayons = segments.rayons();
    }

    public void create() throws IOException {
        var value = kind == null ? null : switch (kind) {
            case RAYON -> rayon;
            case JOB -> job;
            case ORGANISATION_KIND -> organisationKind;
            default -> null;
        };
        segments.create(name, kind, value, currentUser.getEmail());
        Feedback.flash("nls.segment.created", name.strip());
        Faces.redirect("staff/newsletter/segments.xhtml");
    }

    public void delete(long id) throws IOException {
        segments.delete(id, currentUser.getEmail());
        Feedback.flash("nls.segment.deleted");
        Faces.redirect("staff/newsletter/segments.xhtml");
    }

    /** The rule in words, e.g. "Rayon: Noord" or "Functie: Leerplichtambtenaar". */
    public String rule(Segments.Row row) {
        var kindText = Feedback.text("nls.kind." + row.kind());
        if (row.value() == null) {
            return kindText;
        }
        var valueText = switch (row.kind()) {
            case RAYON -> rayons.stream().filter(r -> r.code().equals(row.value())).map(Segments.Rayon::name)
                    .findFirst().orElse(row.value());
            case JOB -> Feedback.text("job." + row.value());
            case ORGANISATION_KIND -> Feedback.text("kind." + row.value());
            default -> row.value();
        };
        return kindText + ": " + valueText;
    }

    public SegmentKind[] getKinds() {
        return SegmentKind.values();
    }

    public Job[] getJobs() {
        return Job.values();
    }

    public OrganisationKind[] getOrganisationKinds() {
        return OrganisationKind.values();
    }
}
