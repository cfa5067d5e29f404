package nl.ingrado.portal.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the fuzz test tried and what went wrong, grouped by what went wrong, so a reviewer sees the
 * coverage and each failure once with the forms, fields and classes it showed up in.
 */
final class Findings {

    private final Set<String> pages = new LinkedHashSet<>();
    private final Set<String> forms = new LinkedHashSet<>();
    private final Set<String> fields = new LinkedHashSet<>();
    private final Set<String> operations = new LinkedHashSet<>();
    private final Set<String> properties = new LinkedHashSet<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final Map<String, Long> time = new LinkedHashMap<>();
    private int formCases;
    private int apiCases;
    /** what went wrong → where (target, field, class) */
    private final Map<String, List<String>> failures = new TreeMap<>();

    void page(String role, String path) {
        pages.add(role + " " + path);
    }

    void form(String form) {
        forms.add(form);
    }

    void field(String form, String field) {
        fields.add(form + " " + field);
    }

    void formCase() {
        formCases++;
    }

    void operation(String operation) {
        operations.add(operation);
    }

    void property(String operation, String property) {
        properties.add(operation + " " + property);
    }

    void apiCase() {
        apiCases++;
    }

    /** Milliseconds spent per form or API call, to see where the time goes. */
    void timed(String target, long millis) {
        time.merge(target, millis, Long::sum);
    }

    /** A button or link left alone, and why. */
    void skipped(String why) {
        skipped.merge(why, 1, Integer::sum);
    }

    void fail(String what, String target, String field, String hostileClass) {
        failures.computeIfAbsent(what, k -> new ArrayList<>())
                .add(target + " | " + field + " | " + hostileClass);
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    int failureCount() {
        return failures.values().stream().mapToInt(List::size).sum();
    }

    String coverage(long millis) {
        return String.format("fuzz: %d pages crawled, %d forms, %d fields, %d form cases; %d API writes, "
                + "%d body properties and path parameters, %d API cases; %d failures; %.1f s%n  skipped: %s",
                pages.size(), forms.size(), fields.size(), formCases, operations.size(), properties.size(),
                apiCases, failureCount(), millis / 1000.0, skipped);
    }

    /** The forms and API calls tried, one a line, for the log. */
    String targets() {
        var lines = new LinkedHashSet<String>();
        forms.forEach(form -> lines.add("  form " + form + " (" + time.getOrDefault(form, 0L) + " ms)"));
        operations.forEach(operation -> lines
                .add("  api  " + operation + " (" + time.getOrDefault(operation, 0L) + " ms)"));
        return String.join("\n", lines);
    }

    /** The failures, grouped by what went wrong, each group listing target | field | class. */
    String report() {
        var text = new StringBuilder();
        var grouped = new LinkedHashMap<String, List<String>>(failures);
        grouped.forEach((what, where) -> {
            text.append("\n").append(what).append(" (").append(where.size()).append("):");
            where.stream().distinct().forEach(w -> text.append("\n    ").append(w));
        });
        return text.toString();
    }
}
