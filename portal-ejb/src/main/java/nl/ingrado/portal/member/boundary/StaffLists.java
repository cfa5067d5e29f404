package nl.ingrado.portal.member.boundary;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.OrganisationKind;

/** The filters, sort orders and rows of the staff lists of professionals and organisations. */
public final class StaffLists {

    public static final int MAX_PAGE_SIZE = 500;

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
    }

    /**
     * Filters for professionals; null means "any". Rayon, region, job and organisation kind match
     * any current employment. {@code premium} is the premium rule of {@link MemberService}.
     */
    public record PersonFilter(String text, Long rayonId, Long regionId, Job job, OrganisationKind kind,
            Boolean premium, String status, Long organisationId) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public static PersonFilter none() {
            return new PersonFilter(null, null, null, null, null, null, null, null);
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

        public static OrganisationFilter none() {
            return new OrganisationFilter(null, null, null, null, null);
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
}
