package nl.ingrado.portal.testing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event as {@link Fixtures#event()} begins it, with what the test changes said in a line each,
 * written with its workshop rounds and workshops by {@link #create()}.
 */
public final class EventBuilder {

    private String kind = "TRAINING";
    private String title = Fixtures.unique("Test");
    private String rayon;
    private LocalDateTime startsAt = Fixtures.now().plusDays(10);
    private LocalDateTime endsAt;
    private LocalDateTime opensAt = Fixtures.now().minusDays(1);
    private LocalDateTime closesAt;
    private LocalDateTime cancellationDeadline;
    private int capacity = 20;
    private String audience = "EVERYONE";
    private int reminderDays = 3;
    private String category;
    private String points;
    private final Map<String, List<Object[]>> rounds = new LinkedHashMap<>();

    EventBuilder() {
    }

    /** RAYONDAG, WERKCONFERENTIE, TRAINING (the default), … */
    public EventBuilder kind(String kind) {
        this.kind = kind;
        return this;
    }

    public EventBuilder title(String title) {
        this.title = title;
        return this;
    }

    /** The rayon's code, e.g. {@code utrecht}. */
    public EventBuilder rayon(String code) {
        this.rayon = code;
        return this;
    }

    /** Starts then and lasts three hours unless {@link #endsAt} says otherwise. */
    public EventBuilder startsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt.withNano(0);
        return this;
    }

    public EventBuilder endsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt.withNano(0);
        return this;
    }

    public EventBuilder opensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt.withNano(0);
        return this;
    }

    /** Registration closes then; by default an hour before the start. */
    public EventBuilder closesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt.withNano(0);
        return this;
    }

    /** Cancelling is possible until then; by default an hour before the start. */
    public EventBuilder cancellableUntil(LocalDateTime deadline) {
        this.cancellationDeadline = deadline.withNano(0);
        return this;
    }

    public EventBuilder capacity(int capacity) {
        this.capacity = capacity;
        return this;
    }

    /** EVERYONE (the default) or MEMBERS. */
    public EventBuilder audience(String audience) {
        this.audience = audience;
        return this;
    }

    public EventBuilder reminderDays(int days) {
        this.reminderDays = days;
        return this;
    }

    /** Accreditation: {@code points} (e.g. "6") in the register's {@code category} (e.g. "A1"). */
    public EventBuilder accreditation(String category, String points) {
        this.category = category;
        this.points = points;
        return this;
    }

    /** A workshop in the round named {@code round} (rounds in the order first named). */
    public EventBuilder workshop(String round, String title, int capacity) {
        rounds.computeIfAbsent(round, r -> new ArrayList<>()).add(new Object[]{title, capacity});
        return this;
    }

    public Fixtures.Event create() {
        var ends = endsAt != null ? endsAt : startsAt.plusHours(3);
        var closes = closesAt != null ? closesAt : startsAt.minusHours(1);
        var deadline = cancellationDeadline != null ? cancellationDeadline : startsAt.minusHours(1);
        long id = Db.insert("INSERT INTO event (kind, title, rayon_id, venue, starts_at, ends_at, "
                + "registration_opens_at, registration_closes_at, cancellation_deadline, capacity, audience, "
                + "reminder_days, accreditation_category, accreditation_points, created_at) VALUES (?, ?, "
                + "(SELECT id FROM rayon WHERE code = ?), 'Utrecht', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))",
                kind, title, rayon, startsAt, ends, opensAt, closes, deadline, capacity, audience,
                reminderDays,
                category, points == null ? null : new BigDecimal(points));
        var roundIds = new LinkedHashMap<String, Long>();
        var workshopIds = new LinkedHashMap<String, Long>();
        int position = 1;
        for (var round : rounds.entrySet()) {
            long roundId = Db.insert(
                    "INSERT INTO workshop_round (event_id, name, position) VALUES (?, ?, ?)", id,
                    round.getKey(), position++);
            roundIds.put(round.getKey(), roundId);
            for (var workshop : round.getValue()) {
                workshopIds.put((String) workshop[0], Db.insert(
                        "INSERT INTO workshop (round_id, title, capacity) VALUES (?, ?, ?)", roundId,
                        workshop[0],
                        workshop[1]));
            }
        }
        return new Fixtures.Event(id, Map.copyOf(workshopIds), Map.copyOf(roundIds));
    }
}
