package nl.ingrado.portal.register.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.register.entity.Norm.Standing;
import nl.ingrado.portal.register.control.OverviewQuery.Filter;
import nl.ingrado.portal.register.control.OverviewQuery.Sort;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The query parameters of the registrant overview, the same for the page (a bookmarkable address), the
 * CSV and Excel exports and the API: {@code q} (name or number), {@code standing}, {@code months}
 * (period ends within), {@code rayon} (id), {@code job}, {@code status} (empty: in the register;
 * {@code ALL}; or one status) and {@code sort} ({@code end}, {@code -end}, {@code name}). A bad value
 * is refused with a message on its parameter.
 */
public final class OverviewParameters {

    public static final List<String> NAMES = List.of("q", "standing", "months", "rayon", "job", "status",
            "sort");
    public static final int MAX_MONTHS = 120;
    public static final int MAX_TEXT = 200;

    private OverviewParameters() {
    }

    public static Filter filter(Function<String, String> parameter) {
        var text = blankToNull(parameter.apply("q"));
        if (text != null && text.length() > MAX_TEXT) {
            throw BusinessException.onField("q", "overview.parameter.tooLong", MAX_TEXT);
        }
        var standing = choice(parameter, "standing", Standing.class);
        Integer months = null;
        var monthsText = blankToNull(parameter.apply("months"));
        if (monthsText != null) {
            if (!monthsText.matches("\\d{1,3}") || Integer.parseInt(monthsText) < 1
                    || Integer.parseInt(monthsText) > MAX_MONTHS) {
                throw BusinessException.onField("months", "overview.parameter.months", MAX_MONTHS);
            }
            months = Integer.valueOf(monthsText);
        }
        Long rayon = null;
        var rayonText = blankToNull(parameter.apply("rayon"));
        if (rayonText != null) {
            if (!rayonText.matches("\\d{1,18}")) {
                throw BusinessException.onField("rayon", "overview.parameter.invalid", "rayon");
            }
            rayon = Long.valueOf(rayonText);
        }
        var job = choice(parameter, "job", Job.class);
        var statusText = blankToNull(parameter.apply("status"));
        EnumSet<RegistrantStatus> statuses = null;
        if ("ALL".equalsIgnoreCase(statusText)) {
            statuses = EnumSet.allOf(RegistrantStatus.class);
        } else if (statusText != null) {
            statuses = EnumSet.of(choice(parameter, "status", RegistrantStatus.class));
        }
        var sortText = blankToNull(parameter.apply("sort"));
        Sort sort = sortText == null ? Sort.END : switch (sortText) {
            case "end" -> Sort.END;
            case "-end" -> Sort.END_DESC;
            case "name" -> Sort.NAME;
            default -> throw BusinessException.onField("sort", "overview.parameter.invalid", "sort");
        };
        return new Filter(statuses, standing, months, rayon, job == null ? null : job.name(), text, sort);
    }

    /** The non-empty parameters as a query string (URL-encoded, without '?'), optionally with one replaced. */
    public static String queryString(Function<String, String> parameter, String name, String value) {
        Map<String, String> values = new LinkedHashMap<>();
        NAMES.forEach(n -> values.put(n, parameter.apply(n)));
        if (name != null) {
            values.put(name, value);
        }
        var parts = new ArrayList<String>();
        values.forEach((n, v) -> {
            if (v != null && !v.isBlank()) {
                parts.add(n + "="
                        + java.net.URLEncoder.encode(v.strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return String.join("&", parts);
    }

    private static <E extends Enum<E>> E choice(Function<String, String> parameter, String name,
            Class<E> type) {
        var value = blankToNull(parameter.apply(name));
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField(name, "overview.parameter.invalid", name);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
