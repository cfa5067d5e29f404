package nl.ingrado.portal.member.boundary;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.shared.control.ListParameters;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The filters, sort orders and rows of the staff lists of professionals and organisations. The
 * filters are read from the same query parameters by the pages (bookmarkable addresses), the CSV and
 * Excel exports and the API: {@code q, rayon, region, job, kind, premium, status, organisation} and
 * {@code sort} (a column key, {@code -} in front for descending). A bad value is refused with a
 * message on its parameter.
 */
public final class StaffLists {

    public static final int MAX_PAGE_SIZE = 500;
    static final int MAX_TEXT = 200;

    private StaffLists() {
    }

    /** One page of a list and the number of rows matching the filter. */
    public record Page<T>(long total, List<T> rows) {
    }

    /** Sort by a column key of the list (unknown keys sort by name), ascending or descending. */
    public record Sort(String field, boolean ascending) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public static Sort byName() {
            return new Sort("name", true);
        }

        /** The column a table was sorted by; none sorts by name. */
        public static Sort of(String field, boolean ascending) {
            return field == null ? byName() : new Sort(field, ascending);
        }

        /** From the {@code sort} parameter: a column key, {@code -} in front for descending. */
        public static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return byName();
            }
            var descending = value.startsWith("-");
            var field = descending ? value.substring(1) : value;
            if (!field.matches("[a-zA-Z]{1,30}")) {
                throw BusinessException.onField("sort", "list.parameter.invalid", "sort");
            }
            return new Sort(field, !descending);
        }
    }

    /**
     * Filters for professionals; null means "any". Rayon, region, job and organisation kind match
     * any current employment. {@code premium} is the premium rule of {@link MemberService}.
     */
    public record PersonFilter(String text, Long rayonId, Long regionId, Job job, OrganisationKind kind,
            Boolean premium, String status, Long organisationId) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public static final List<String> PARAMETERS = List.of("q", "rayon", "region", "job", "kind",
                "premium", "status", "organisation", "sort");
        public static final List<String> STATUSES = List.of("ACTIVE", "DEACTIVATED", "ERASED");

        public static PersonFilter none() {
            return new PersonFilter(null, null, null, null, null, null, null, null);
        }

        /** From the query parameters, by name; see {@link StaffLists}. */
        public static PersonFilter parse(Function<String, String> parameter) {
            var p = parameters(parameter);
            return new PersonFilter(p.text("q", MAX_TEXT, "list.text.tooLong"), p.id("rayon"), p.id("region"),
                    p.choice("job", Job.class), p.choice("kind", OrganisationKind.class), premiumOf(p),
                    statusOf(p, STATUSES), p.id("organisation"));
        }
    }

    /** A professional in the list, with their most recent current workplace. */
    public record PersonRow(long id, String firstName, String lastName, String email, String status,
            Long organisationId, String organisation, String job, String region, String rayon,
            boolean premium) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    public record OrganisationFilter(String text, OrganisationKind kind, Long rayonId, Long regionId,
            String status) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public static final List<String> PARAMETERS = List.of("q", "kind", "rayon", "region", "status",
                "sort");
        public static final List<String> STATUSES = List.of("ACTIVE", "MERGED");

        public static OrganisationFilter none() {
            return new OrganisationFilter(null, null, null, null, null);
        }

        /** From the query parameters, by name; see {@link StaffLists}. */
        public static OrganisationFilter parse(Function<String, String> parameter) {
            var p = parameters(parameter);
            return new OrganisationFilter(p.text("q", MAX_TEXT, "list.text.tooLong"),
                    p.choice("kind", OrganisationKind.class), p.id("rayon"), p.id("region"),
                    statusOf(p, STATUSES));
        }
    }

    public record OrganisationRow(long id, String kind, String name, String cbsCode, String region,
            String rayon, Integer inhabitants, String status, long employees, String mergedInto)
            implements
                Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A choice in a filter or form: an id and its label. */
    public record Option(long id, String label) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    private static ListParameters parameters(Function<String, String> parameter) {
        return new ListParameters(parameter, "list.parameter.invalid");
    }

    private static String statusOf(ListParameters parameters, List<String> allowed) {
        var value = parameters.value("status");
        if (value == null) {
            return null;
        }
        var upper = value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw parameters.invalid("status");
        }
        return upper;
    }

    private static Boolean premiumOf(ListParameters parameters) {
        var value = parameters.value("premium");
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja" -> Boolean.TRUE;
            case "false", "no", "nee" -> Boolean.FALSE;
            default -> throw parameters.invalid("premium");
        };
    }
}
