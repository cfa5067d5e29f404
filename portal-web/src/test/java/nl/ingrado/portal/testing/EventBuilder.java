package nl.ingrado.portal.testing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Setter;
import lombok.experimental.Accessors;

/**
 * An event as {@link Fixtures#event()} begins it, with what the test changes said in a line each,
 * written with its workshop rounds and workshops by {@link #create()}.
 */
@Setter
@Accessors(fluent = true) // fixtures read as sentences: Fixtures.event().title(…).capacity(2)
public final class EventBuilder {

    /** RAYONDAG, WERKCONFERENTIE, TRAINING (the default), … */
    private String kind = "TRAINING";
    private String title = Fixtures.unique("Test");
    /** The rayon's code, e.g. {@code utrecht}. */
    private String rayon;
    /** Starts then and lasts three hours unless {@link #endsAt} says otherwise; in whole seconds, as stored. */
    private LocalDateTime startsAt = Fixtures.now().plusDays(10);
    private LocalDateTime endsAt;
    private LocalDateTime opensAt = Fixtures.now().minusDays(1);
    /** Registration closes then; by default an hour before the start. */
    private LocalDateTime closesAt;
    /** Cancelling is possible until then; by default an hour before the start. */
    private LocalDateTime cancellableUntil;
    private int capacity = 20;
    /** EVERYONE (the default) or MEMBERS. */
    private String audience = "EVERYONE";
    private int reminderDays = 3;
    /** What a non-member pays, e.g. "75.00"; none by default. */
    private String fee;
    @Setter(AccessLevel.NONE)
    private String category;
    @Setter(AccessLevel.NONE)
    private String points;
    @Setter(AccessLevel.NONE)
    private final Map<String, List<Object[]>> rounds = new LinkedHashMap<>();

    EventBuilder() {
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
        var starts = startsAt.withNano(0);
        var ends = endsAt != null ? endsAt.withNano(0) : starts.plusHours(3);
        var closes = closesAt != null ? closesAt.withNano(0) : starts.minusHours(1);
        var deadline = cancellableUntil != null ? cancellableUntil.withNano(0) : starts.minusHours(1);
        long id = Db.insert("INSERT INTO event (kind, title, rayon_id, venue, starts_at, ends_at, "
                + "registration_opens_at, registration_closes_at, cancellation_deadline, capacity, audience, "
                + "reminder_days, accreditation_category, accreditation_points, fee_non_members, created_at) VALUES (?, ?, "
                + "(SELECT id FROM rayon WHERE code = ?), 'Utrecht', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))",
                kind, title, rayon, starts, ends, opensAt.withNano(0), closes, deadline, capacity, audience,
                reminderDays,
                category, points == null ? null : new BigDecimal(points),
                fee == null ? null : new BigDecimal(fee));
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
