package nl.ingrado.portal.member.web;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.LazyList;
import nl.ingrado.portal.shared.web.QueryString;
import org.omnifaces.util.Faces;

/**
 * What the staff lists of professionals and of organisations share: the filters in the address (view
 * parameters, so a filtered list can be bookmarked and exported as shown), the search that redirects to
 * that address, the lazy table, and the rayons and regions to choose from.
 *
 * @param <F>
 *            the filter record of the list
 * @param <R>
 *            the row type
 */
public abstract class StaffList<F extends Serializable, R> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationAdministration organisations;

    @Size(max = Lengths.SEARCH)
    @Getter
    @Setter
    private String q;
    @Getter
    @Setter
    private String kind;
    @Getter
    @Setter
    private String rayon;
    @Getter
    @Setter
    private String region;
    @Getter
    @Setter
    private String status;
    private F filter;
    @Getter
    private List<Option> rayons;
    @Getter
    private List<Option> regions;

    @Getter
    private final LazyList<R> model = new LazyList<>(() -> count(filter()),
            (field, ascending, first, size) -> page(filter(), Sort.of(field, ascending), first, size),
            this::key);

    /** The filter from the parameters; a bad value is refused. */
    protected abstract F parse(Function<String, String> parameter);

    protected abstract long count(F filter);

    protected abstract List<R> page(F filter, Sort sort, int first, int size);

    protected abstract long key(R row);

    /** The page's address, relative to the portal, e.g. {@code staff/persons.xhtml}. */
    private final String path;

    /** The names of the list's parameters, in the order of its addresses. */
    private final List<String> parameterNames;

    protected StaffList(String path, List<String> parameterNames) {
        this.path = path;
        this.parameterNames = List.copyOf(parameterNames);
    }

    public void load() {
        filter = parse(this::parameter);
        rayons = organisations.rayons();
        regions = organisations.regions();
    }

    /** The filter read by {@link #load}; no filter when the parameters were refused. */
    private F filter() {
        return filter == null ? parse(name -> null) : filter;
    }

    public void search() throws IOException {
        Faces.redirect(path + "?" + getQueryString());
    }

    /** The current filters as a query string, for the export links and after a search. */
    public String getQueryString() {
        return QueryString.of(parameterNames, this::parameter);
    }

    /** The value of a parameter of this list; a subclass adds its own. */
    protected String parameter(String name) {
        return switch (name) {
            case "q" -> q;
            case "kind" -> kind;
            case "rayon" -> rayon;
            case "region" -> region;
            case "status" -> status;
            default -> null;
        };
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }
}
