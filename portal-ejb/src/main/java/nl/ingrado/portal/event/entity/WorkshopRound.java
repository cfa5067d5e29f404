package nl.ingrado.portal.event.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/** A workshop round of an event: a registrant picks one of its workshops. */
@Entity
@Table(name = "workshop_round")
@Getter
public class WorkshopRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(nullable = false, length = Lengths.TITLE)
    private String name;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Workshop> workshops = new ArrayList<>();

    protected WorkshopRound() {
    }

    WorkshopRound(Event event, String name, int position) {
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > Lengths.TITLE) {
            throw BusinessException.onField("roundName", "event.round.name");
        }
        this.event = event;
        this.name = clean;
        this.position = position;
    }

    public Workshop addWorkshop(String title, String description, String room, String speaker,
            Integer capacity) {
        var workshop = new Workshop(this, title, description, room, speaker, capacity);
        workshops.add(workshop);
        return workshop;
    }
}
