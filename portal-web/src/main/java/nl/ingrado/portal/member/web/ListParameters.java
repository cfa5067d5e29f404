package nl.ingrado.portal.member.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationFilter;
import nl.ingrado.portal.member.boundary.StaffLists.PersonFilter;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The query parameters of the staff lists, shared by the pages (bookmarkable URLs), the CSV and
 * Excel export and the REST API: {@code q, rayon, region, job, kind, premium, status, organisation,
 * sort} (a column key, {@code -} in front for descending). A bad value is refused with a message.
 */
public final class ListParameters {

    public static final List<String> PERSON_PARAMETERS = List.of("q", "rayon", "region", "job", "kind",
            "premium",
            "status", "organisation", "sort");
    public static final List<String> ORGANISATION_PARAMETERS = List.of("q", "kind", "rayon", "region",
            "status",
            "sort");
    public static final List<String> PERSON_STATUSES = List.of("ACTIVE", "DEACTIVATED", "ERASED");
    public static final List<String> ORGANISATION_STATUSES = List.of("ACTIVE", "MERGED");

    private ListParameters() {
    }

    public static PersonFilter persons(Function<String, String> parameter) {
        var text = parameter.apply("q");
        if (text != null && text.length() > 200) {
            throw BusinessException.onField("q", "list.text.tooLong", 200);
        }
        return new PersonFilter(blankToNull(text), id(parameter, "rayon"), id(parameter, "region"),
                choice(parameter, "job", Job.class), choice(parameter, "kind", OrganisationKind.class),
                premium(parameter.apply("premium")), status(parameter, PERSON_STATUSES),
                id(parameter, "organisation"));
    }

    public static OrganisationFilter organisations(Function<String, String> parameter) {
        var text = parameter.apply("q");
        if (text != null && text.length() > 200) {
            throw BusinessException.onField("q", "list.text.tooLong", 200);
        }
        return new OrganisationFilter(blankToNull(text), choice(parameter, "kind", OrganisationKind.class),
                id(parameter, "rayon"), id(parameter, "region"), status(parameter, ORGANISATION_STATUSES));
    }

    public static Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return Sort.byName();
        }
        var descending = value.startsWith("-");
        var field = descending ? value.substring(1) : value;
        if (!field.matches("[a-zA-Z]{1,30}")) {
            throw BusinessException.onField("sort", "list.parameter.invalid", "sort");
        }
        return new Sort(field, !descending);
    }

    /** The query string of the non-empty parameters, URL-encoded, without the leading '?'. */
    public static String queryString(Map<String, String> values) {
        var parts = new ArrayList<String>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                parts.add(name + "="
                        + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return String.join("&", parts);
    }

    public static Map<String, String> values(List<String> names, Function<String, String> parameter) {
        var values = new LinkedHashMap<String, String>();
        names.forEach(name -> values.put(name, parameter.apply(name)));
        return values;
    }

    private static Long id(Function<String, String> parameter, String name) {
        var value = parameter.apply(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.onField(name, "list.parameter.invalid", name);
        }
    }

    private static <E extends Enum<E>> E choice(Function<String, String> parameter, String name,
            Class<E> type) {
        var value = parameter.apply(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField(name, "list.parameter.invalid", name);
        }
    }

    private static String status(Function<String, String> parameter, List<String> allowed) {
        var value = parameter.apply("status");
        if (value == null || value.isBlank()) {
            return null;
        }
        var upper = value.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw BusinessException.onField("status", "list.parameter.invalid", "status");
        }
        return upper;
    }

    private static Boolean premium(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja" -> Boolean.TRUE;
            case "false", "no", "nee" -> Boolean.FALSE;
            default -> throw BusinessException.onField("premium", "list.parameter.invalid", "premium");
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
