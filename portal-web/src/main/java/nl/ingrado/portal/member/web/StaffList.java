package nl.ingrado.portal.member.web;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
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
    OrganisationAdministration organisations;

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
    private final LazyList<R> model;

    /** The filter from the parameters; a bad value is refused. Serializable with the view bean. */
    @FunctionalInterface
    protected interface Parse<F> extends Serializable {
        F of(Function<String, String> parameter);
    }

    /** The boundary's count and page of the list. */
    protected record Source<F, R>(ToLongFunction<F> count, Rows<F, R> rows) {
    }

    @FunctionalInterface
    protected interface Rows<F, R> {
        List<R> page(F filter, Sort sort, int first, int size);
    }

    /** The boundary that reads the list; a method, so the lazy model's lambdas capture only the bean. */
    protected abstract Source<F, R> source();

    /** The page's address, relative to the portal, e.g. {@code staff/persons.xhtml}. */
    private final String path;

    /** The names of the list's parameters, in the order of its addresses. */
    private final List<String> parameterNames;

    private final Parse<F> parse;

    protected StaffList(String path, List<String> parameterNames, Parse<F> parse, LazyList.Key<R> key) {
        this.path = path;
        this.parameterNames = List.copyOf(parameterNames);
        this.parse = parse;
        this.model = new LazyList<>(() -> source().count().applyAsLong(filter()),
                (field, ascending, first, size) -> source().rows().page(filter(), Sort.of(field, ascending),
                        first, size),
                key);
    }

    public void load() {
        filter = parse.of(this::parameter);
        rayons = organisations.rayons();
        regions = organisations.regions();
    }

    /** The filter read by {@link #load}; no filter when the parameters were refused. */
    private F filter() {
        return filter == null ? parse.of(name -> null) : filter;
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
