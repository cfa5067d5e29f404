package nl.ingrado.portal.event.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.entity.Workshop;
import nl.ingrado.portal.shared.entity.Lengths;

/** The workshop form of /organise/event.xhtml: a new workshop in a round, or one being edited. */
@Getter
@Setter
public class WorkshopForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long round;

    @NotBlank
    @Size(max = Lengths.TITLE)
    private String title;

    @Size(max = Lengths.SHORT_NAME)
    private String room;

    @Size(max = Lengths.TITLE)
    private String speaker;

    @NotNull
    @Min(value = 1, message = "{portal.seats}")
    @Max(value = Lengths.SEATS, message = "{portal.seats}")
    private Integer capacity;

    @Size(max = Lengths.TEXT)
    private String description;

    void fill(Workshop workshop) {
        round = workshop.getRound().getId();
        title = workshop.getTitle();
        room = workshop.getRoom();
        speaker = workshop.getSpeaker();
        capacity = workshop.getCapacity();
        description = workshop.getDescription();
    }
}
