package nl.ingrado.portal.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a crawl of the portal found wrong, one entry per check that failed on a page load, reported
 * once at the end grouped by check and page: which roles, languages and widths, and what exactly.
 * Thread-safe: crawlers in several threads write into one.
 */
public final class Findings {

    /** One page load: who looked, at what, in which language, at which width. */
    public record Load(String role, String path, String language, int width) {
    }

    private record Finding(String check, Load load, String detail) {
    }

    private final List<Finding> findings = new ArrayList<>();
    private final Set<Load> loads = new LinkedHashSet<>();

    /** Counts a page load as checked. */
    public synchronized void checked(Load load) {
        loads.add(load);
    }

    public synchronized void add(String check, Load load, String detail) {
        findings.add(new Finding(check, load, detail));
    }

    public void addAll(String check, Load load, List<String> details) {
        details.forEach(d -> add(check, load, d));
    }

    public synchronized int loads() {
        return loads.size();
    }

    /** The pages checked: each role's paths, counted once whatever the language and width. */
    public synchronized int pages() {
        return (int) loads.stream().map(l -> l.role() + " " + l.path()).distinct().count();
    }

    /** The pages checked as {@code role}, counted once whatever the language and width. */
    public synchronized int pages(String role) {
        return (int) loads.stream().filter(l -> l.role().equals(role)).map(Load::path).distinct().count();
    }

    /** The paths checked as {@code role}, in the order first checked. */
    public synchronized List<String> paths(String role) {
        return loads.stream().filter(l -> l.role().equals(role)).map(Load::path).distinct().toList();
    }

    /** The failed checks, each counted once per page load. */
    public synchronized int failures() {
        return (int) findings.stream().map(f -> f.check() + " " + f.load()).distinct().count();
    }

    /** Per check, per path: the roles, languages and widths it failed for, and what was found. */
    public synchronized String report() {
        var byCheck = new TreeMap<String, Map<String, List<Finding>>>();
        for (var f : findings) {
            byCheck.computeIfAbsent(f.check(), c -> new TreeMap<>())
                    .computeIfAbsent(f.load().path(), p -> new ArrayList<>()).add(f);
        }
        var out = new StringBuilder();
        byCheck.forEach((check, byPath) -> {
            long count = byPath.values().stream().flatMap(List::stream).map(Finding::load).distinct().count();
            out.append("\n").append(check).append(": ").append(byPath.size()).append(" paths, ").append(count)
                    .append(" page loads\n");
            byPath.forEach((path, list) -> {
                out.append("  ").append(path).append("  [").append(distinct(list, f -> f.load().role()))
                        .append(" | ").append(distinct(list, f -> f.load().language())).append(" | ")
                        .append(distinct(list, f -> f.load().width() + " px")).append("]\n");
                var details = list.stream().map(Finding::detail).distinct().toList();
                details.stream().limit(6).forEach(d -> out.append("      ").append(d).append('\n'));
                if (details.size() > 6) {
                    out.append("      … and ").append(details.size() - 6).append(" more\n");
                }
            });
        });
        return out.toString();
    }

    private static String distinct(List<Finding> list, java.util.function.Function<Finding, String> part) {
        return list.stream().map(part).distinct().collect(Collectors.joining(", "));
    }
}
