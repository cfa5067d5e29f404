package nl.ingrado.portal.question.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nl.ingrado.portal.question.control.WorkingDays;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;

/**
 * The question desk's figures for the office and the annual report, per month and per theme of a year:
 * questions in (portal and phone), answered, the median and 90th-percentile time to the first answer in
 * working days, and overdue (answered after the due date, or still open past it).
 */
@Stateless
public class QuestionFigures {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** One line of figures; {@code median} and {@code p90} are null when nothing was answered. */
    public record Line(String key, int site, int phone, int answered, Double median, Double p90,
            int overdue) {

        public int total() {
            return site + phone;
        }
    }

    public record Figures(int year, List<Line> perMonth, List<Line> perTheme, Line total) {
    }

    private record Row(String theme, int month, boolean phone, LocalDate asked, LocalDate due,
            LocalDate answered) {
    }

    @SuppressWarnings("unchecked")
    public Figures of(int year) {
        var from = LocalDate.of(year, 1, 1).atStartOfDay().minusHours(2);
        var until = LocalDate.of(year + 1, 1, 1).atStartOfDay();
        List<Object[]> raw = em.createNativeQuery("SELECT q.theme_code, q.source, q.asked_at, q.due_on, "
                + "(SELECT MIN(m.created_at) FROM question_message m WHERE m.question_id = q.id AND m.kind = 'ANSWER') "
                + "FROM question q WHERE q.asked_at >= ? AND q.asked_at < ?").setParameter(1, from)
                .setParameter(2, until).getResultList();
        var rows = new ArrayList<Row>();
        for (var r : raw) {
            var asked = amsterdam(Columns.dateTime(r[2]));
            if (asked.getYear() != year) {
                continue;
            }
            rows.add(new Row((String) r[0], asked.getMonthValue(), "PHONE".equals(r[1]), asked,
                    Columns.date(r[3]),
                    r[4] == null ? null : amsterdam(Columns.dateTime(r[4]))));
        }
        var today = LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
        var perMonth = group(rows, r -> String.format("%02d", r.month()), today);
        var perTheme = group(rows, Row::theme, today);
        return new Figures(year, perMonth, perTheme, line("total", rows, today));
    }

    private static List<Line> group(List<Row> rows, Function<Row, String> key, LocalDate today) {
        Map<String, List<Row>> groups = new TreeMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return groups.entrySet().stream().map(e -> line(e.getKey(), e.getValue(), today)).toList();
    }

    private static Line line(String key, List<Row> rows, LocalDate today) {
        var times = rows.stream().filter(r -> r.answered() != null)
                .map(r -> (double) workingDaysBetween(r.asked(), r.answered())).sorted().toList();
        int overdue = (int) rows.stream().filter(r -> r.answered() == null
                ? r.due().isBefore(today)
                : r.answered().isAfter(r.due())).count();
        return new Line(key, (int) rows.stream().filter(r -> !r.phone()).count(),
                (int) rows.stream().filter(Row::phone).count(), times.size(), percentile(times, 50),
                percentile(times, 90), overdue);
    }

    /** Working days from the day asked to the day answered (answered the same or the next working day: 0 or 1). */
    static int workingDaysBetween(LocalDate asked, LocalDate answered) {
        int days = 0;
        for (var d = asked.plusDays(1); !d.isAfter(answered); d = d.plusDays(1)) {
            if (WorkingDays.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }

    /** The nearest-rank percentile of sorted values; null for none. */
    static Double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static LocalDate amsterdam(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Clocks.AMSTERDAM).toLocalDate();
    }
}
