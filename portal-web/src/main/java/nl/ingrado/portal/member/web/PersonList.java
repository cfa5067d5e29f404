package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.boundary.PersonAdministration;
import nl.ingrado.portal.member.boundary.StaffLists.PersonFilter;
import nl.ingrado.portal.member.boundary.StaffLists.PersonRow;
import nl.ingrado.portal.member.entity.Job;

/**
 * /staff/persons.xhtml (Professionals): search, filter, sort and page through all professionals.
 * The filters are in the URL, so a filtered list can be bookmarked and exported as it is shown.
 */
@Named
@ViewScoped
public class PersonList extends StaffList<PersonFilter, PersonRow> {

    @Serial
    private static final long serialVersionUID = 1L;

    public PersonList() {
        super("staff/persons.xhtml", PersonFilter.PARAMETERS, PersonFilter::parse,
                PersonRow::id);
    }

    @Inject
    PersonAdministration persons;

    @Getter
    @Setter
    private String job;
    @Getter
    @Setter
    private String premium;
    @Getter
    @Setter
    private String organisation;

    @Override
    protected Source<PersonFilter, PersonRow> source() {
        return new Source<>(persons::count, persons::page);
    }

    @Override
    protected String parameter(String name) {
        return switch (name) {
            case "job" -> job;
            case "premium" -> premium;
            case "organisation" -> organisation;
            default -> super.parameter(name);
        };
    }

    public Job[] getJobs() {
        return Job.values();
    }

    public List<String> getStatuses() {
        return PersonFilter.STATUSES;
    }
}
