package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ingrado.portal.event.entity.Evaluation;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.event.entity.Workshop;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Evaluation after the event: an attendee scores the event and each workshop they had a seat in,
 * once; organisers read the report. The report is counted by the database (GROUP BY), however
 * many people answered.
 */
@Stateless
public class Evaluations {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public enum State {
        /** The attendee may evaluate now. */
        OPEN,
        /** Already evaluated. */
        DONE,
        /** Not (yet) checked in: only attendees evaluate. */
        NOT_ATTENDED,
        /** The event has not started yet. */
        NOT_STARTED
    }

    public record WorkshopToRate(long workshopId, String round, String title) {
    }

    public record Form(long registrationId, String eventTitle, LocalDateTime startsAt, State state,
            List<WorkshopToRate> workshops) {
    }

    public record Bar(int score, long count) {
    }

    public record Summary(long responses, BigDecimal average, List<Bar> distribution) {
    }

    public record WorkshopSummary(long workshopId, String round, String title, Summary summary,
            List<String> comments) {
    }

    public record Report(long eventId, String title, LocalDateTime startsAt, Summary event,
            List<String> comments,
            List<WorkshopSummary> workshops) {
    }

    /** The person's own registration, ready to evaluate or not; empty for anyone else's (never reveal it). */
    public Optional<Form> form(long accountId, long registrationId) {
        return own(accountId, registrationId).map(r -> {
            var event = r.getEvent();
            State state;
            if (exists(registrationId)) {
                state = State.DONE;
            } else if (now().isBefore(event.getStartsAt())) {
                state = State.NOT_STARTED;
            } else if (r.getAttendedAt() == null) {
                state = State.NOT_ATTENDED;
            } else {
                state = State.OPEN;
            }
            return new Form(registrationId, event.getTitle(), event.getStartsAt(), state,
                    confirmedWorkshops(r).stream()
                            .map(w -> new WorkshopToRate(w.getId(), w.getRound().getName(), w.getTitle()))
                            .toList());
        });
    }

    /**
     * Stores the evaluation of the person's own attended registration. {@code workshopScores} and
     * {@code workshopComments} are keyed by workshop id; every workshop they had a seat in needs a score.
     */
    public void submit(long accountId, long registrationId, Integer score, String comments,
            Map<Long, Integer> workshopScores, Map<Long, String> workshopComments) {
        var registration = own(accountId, registrationId)
                .orElseThrow(() -> new BusinessException("evaluation.notFound"));
        if (exists(registrationId)) {
            throw new BusinessException("evaluation.twice");
        }
        var evaluation = Evaluation.of(registration, score, comments, now());
        try {
            em.persist(evaluation);
            em.flush();
        } catch (PersistenceException e) {
            // the unique key on registration_id caught a second, concurrent submit
            throw new BusinessException("evaluation.twice");
        }
        for (var workshop : confirmedWorkshops(registration)) {
            em.persist(evaluation.rate(workshop, workshopScores.get(workshop.getId()),
                    workshopComments.get(workshop.getId())));
        }
        em.flush();
    }

    /**
     * Responses, average and distribution per event and per workshop, with the comments (without
     * names); empty when the event does not exist or is not the organiser's.
     */
    public Optional<Report> report(Organiser organiser, long eventId) {
        var event = em.find(Event.class, eventId);
        if (event == null || !organiser.mayOrganise(event)) {
            return Optional.empty();
        }
        // at most ten rows, one per score given, whatever the number of responses
        List<Object[]> eventRows = rows(em.createNativeQuery("SELECT e.score, COUNT(*), SUM(e.score) "
                + "FROM evaluation e JOIN registration r ON r.id = e.registration_id WHERE r.event_id = ? "
                + "GROUP BY e.score").setParameter(1, eventId).getResultList());
        var eventSummary = summary(eventRows);
        List<String> eventComments = strings(em.createNativeQuery("SELECT e.comments FROM evaluation e "
                + "JOIN registration r ON r.id = e.registration_id WHERE r.event_id = ? AND e.comments IS NOT NULL "
                + "ORDER BY e.submitted_at, e.id").setParameter(1, eventId).getResultList());

        List<Object[]> workshopRows = rows(em.createNativeQuery("SELECT w.id, wr.name, w.title, we.score, "
                + "COUNT(we.score), SUM(we.score) FROM workshop w JOIN workshop_round wr ON wr.id = w.round_id "
                + "LEFT JOIN workshop_evaluation we ON we.workshop_id = w.id WHERE wr.event_id = ? "
                + "GROUP BY wr.position, w.id, wr.name, w.title, we.score ORDER BY wr.position, w.id, we.score")
                .setParameter(1, eventId).getResultList());
        List<Object[]> commentRows = rows(em.createNativeQuery("SELECT we.workshop_id, we.comments "
                + "FROM workshop_evaluation we JOIN workshop w ON w.id = we.workshop_id "
                + "JOIN workshop_round wr ON wr.id = w.round_id JOIN evaluation e ON e.id = we.evaluation_id "
                + "WHERE wr.event_id = ? AND we.comments IS NOT NULL ORDER BY e.submitted_at, e.id")
                .setParameter(1, eventId).getResultList());

        var groups = new LinkedHashMap<Long, List<Object[]>>();
        var names = new LinkedHashMap<Long, String[]>();
        for (var row : workshopRows) {
            long id = ((Number) row[0]).longValue();
            names.putIfAbsent(id, new String[]{(String) row[1], (String) row[2]});
            var group = groups.computeIfAbsent(id, k -> new ArrayList<>());
            if (row[3] != null) {
                group.add(new Object[]{row[3], row[4], row[5]});
            }
        }
        var workshops = new ArrayList<WorkshopSummary>();
        for (var entry : groups.entrySet()) {
            long id = entry.getKey();
            var comments = commentRows.stream().filter(row -> ((Number) row[0]).longValue() == id)
                    .map(row -> (String) row[1]).toList();
            workshops.add(
                    new WorkshopSummary(id, names.get(id)[0], names.get(id)[1], summary(entry.getValue()),
                            comments));
        }
        return Optional.of(
                new Report(eventId, event.getTitle(), event.getStartsAt(), eventSummary, eventComments,
                        workshops));
    }

    /** From rows (score, count, sum of scores), one per score given: the totals and all ten bars. */
    static Summary summary(List<Object[]> perScore) {
        long[] counts = new long[11];
        long responses = 0;
        long total = 0;
        for (var row : perScore) {
            int score = ((Number) row[0]).intValue();
            long count = ((Number) row[1]).longValue();
            counts[score] = count;
            responses += count;
            total += ((Number) row[2]).longValue();
        }
        var bars = new ArrayList<Bar>();
        for (int score = 1; score <= 10; score++) {
            bars.add(new Bar(score, counts[score]));
        }
        var average = responses == 0
                ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(responses), 1, RoundingMode.HALF_UP);
        return new Summary(responses, average, bars);
    }

    private Optional<Registration> own(long accountId, long registrationId) {
        var registration = em.find(Registration.class, registrationId);
        return registration != null && registration.getAccountId() != null
                && registration.getAccountId() == accountId
                        ? Optional.of(registration)
                        : Optional.empty();
    }

    private boolean exists(long registrationId) {
        return em.createQuery("select count(e) from Evaluation e where e.registrationId = :r", Long.class)
                .setParameter("r", registrationId).getSingleResult() > 0;
    }

    private static List<Workshop> confirmedWorkshops(Registration registration) {
        return registration.getChoices().stream().filter(c -> c.getStatus() == RegistrationStatus.CONFIRMED)
                .map(c -> c.getWorkshop())
                .sorted(Comparator.comparingInt((Workshop w) -> w.getRound().getPosition())
                        .thenComparing(Workshop::getId))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(List<?> result) {
        return (List<String>) result;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Clocks.AMSTERDAM));
    }
}
