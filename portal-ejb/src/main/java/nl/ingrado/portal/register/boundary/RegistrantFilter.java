package nl.ingrado.portal.register.boundary;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.register.entity.Norm.Standing;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.control.ListParameters;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * What the auditor's overview of registrants shows; null means "any" ({@code statuses} null: those in
 * the register, also when suspended or expired). Read from the same query parameters by the page (a
 * bookmarkable address), the CSV and Excel exports and the API: {@code q} (part of the name or the
 * registration number), {@code standing}, {@code months} (the current period ends between today and
 * that many months from now), {@code rayon} (id), {@code job}, {@code status} (empty: in the register;
 * {@code ALL}; or one status) and {@code sort} ({@code end}, {@code -end}, {@code name}).
 */
public record RegistrantFilter(Set<RegistrantStatus> statuses, Standing standing, Integer endingWithinMonths,
        Long rayonId, Job job, String text, Sort sort) {

    public static final List<String> PARAMETERS = List.of("q", "standing", "months", "rayon", "job", "status",
            "sort");
    public static final int MAX_MONTHS = 120;
    public static final int MAX_TEXT = 200;

    public enum Sort {
        /** period end, soonest first (the default: who needs attention first) */
        END,
        /** period end, latest first */
        END_DESC,
        /** last name, first name */
        NAME
    }

    public RegistrantFilter {
        statuses = statuses == null ? null : Set.copyOf(statuses);
        sort = sort == null ? Sort.END : sort;
    }

    public static RegistrantFilter none() {
        return new RegistrantFilter(null, null, null, null, null, null, null);
    }

    /** From the query parameters, by name; a bad value is refused with a message on its parameter. */
    public static RegistrantFilter parse(Function<String, String> parameter) {
        var p = new ListParameters(parameter, "overview.parameter.invalid");
        var text = p.text("q", MAX_TEXT, "overview.parameter.tooLong");
        var standing = p.choice("standing", Standing.class);
        Integer months = null;
        var monthsText = p.value("months");
        if (monthsText != null) {
            if (!monthsText.matches("\\d{1,3}") || Integer.parseInt(monthsText) < 1
                    || Integer.parseInt(monthsText) > MAX_MONTHS) {
                throw BusinessException.onField("months", "overview.parameter.months", MAX_MONTHS);
            }
            months = Integer.valueOf(monthsText);
        }
        var rayon = p.id("rayon");
        var job = p.choice("job", Job.class);
        Set<RegistrantStatus> statuses = null;
        if ("ALL".equalsIgnoreCase(p.value("status"))) {
            statuses = EnumSet.allOf(RegistrantStatus.class);
        } else if (p.value("status") != null) {
            statuses = EnumSet.of(p.choice("status", RegistrantStatus.class));
        }
        var sortText = p.value("sort");
        Sort sort = sortText == null ? Sort.END : switch (sortText) {
            case "end" -> Sort.END;
            case "-end" -> Sort.END_DESC;
            case "name" -> Sort.NAME;
            default -> throw p.invalid("sort");
        };
        return new RegistrantFilter(statuses, standing, months, rayon, job, text, sort);
    }
}
