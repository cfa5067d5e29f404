package nl.ingrado.portal.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/** A workshop in a round, with its own capacity, room and speaker. */
@Entity
@Table(name = "workshop")
@Getter
public class Workshop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private WorkshopRound round;

    @Column(nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(length = Lengths.SHORT_NAME)
    private String room;

    @Column(length = Lengths.TITLE)
    private String speaker;

    @Column(nullable = false)
    private int capacity;

    /** Seats confirmed, kept by the database's triggers (V17): read-only here, as of when the row was read. */
    @Column(name = "seats_taken", insertable = false, updatable = false)
    private int seatsTaken;

    /** Seats waited for, kept like {@link #seatsTaken}. */
    @Column(name = "seats_waiting", insertable = false, updatable = false)
    private int seatsWaiting;

    protected Workshop() {
    }

    Workshop(WorkshopRound round, String title, String description, String room, String speaker,
            Integer capacity) {
        this.round = round;
        change(title, description, room, speaker, capacity);
    }

    public void change(String newTitle, String newDescription, String newRoom, String newSpeaker,
            Integer newCapacity) {
        var clean = newTitle == null ? "" : newTitle.strip();
        if (clean.isEmpty() || clean.length() > Lengths.TITLE) {
            throw BusinessException.onField("workshopTitle", "event.workshop.title");
        }
        if (newCapacity == null || newCapacity < 1 || newCapacity > Lengths.SEATS) {
            throw BusinessException.onField("workshopCapacity", "event.capacity.invalid");
        }
        if (newRoom != null && newRoom.strip().length() > Lengths.SHORT_NAME) {
            throw BusinessException.onField("workshopRoom", "event.tooLong", Lengths.SHORT_NAME);
        }
        if (newSpeaker != null && newSpeaker.strip().length() > Lengths.TITLE) {
            throw BusinessException.onField("workshopSpeaker", "event.tooLong", Lengths.TITLE);
        }
        if (newDescription != null && newDescription.strip().length() > Lengths.TEXT) {
            throw BusinessException.onField("workshopDescription", "event.tooLong", Lengths.TEXT);
        }
        title = clean;
        description = blankToNull(newDescription);
        room = blankToNull(newRoom);
        speaker = blankToNull(newSpeaker);
        capacity = newCapacity;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
