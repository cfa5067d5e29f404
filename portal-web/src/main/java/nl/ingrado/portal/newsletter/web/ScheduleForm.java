package nl.ingrado.portal.newsletter.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.entity.BusinessException;

/** When an edition goes out, as staff type it in Dutch time; the sending stores it in UTC. */
public class ScheduleForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Editions go out in the morning unless staff choose otherwise. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    @Getter
    @Setter
    private LocalDate date;
    @Getter
    @Setter
    private LocalTime time;
    private LocalDate proposal;

    /** The moment already planned (Dutch time), else the proposed day at the default time. */
    void fill(LocalDateTime scheduled, LocalDate proposal) {
        this.proposal = proposal;
        date = scheduled == null ? proposal : scheduled.toLocalDate();
        time = scheduled == null ? DEFAULT_TIME : scheduled.toLocalTime();
    }

    void requireComplete() {
        if (date == null) {
            throw BusinessException.onField("scheduleDate", "nls.field.required");
        }
        if (time == null) {
            throw BusinessException.onField("scheduleTime", "nls.field.required");
        }
    }

    /** The moment typed, in UTC; a moment past is refused on the date. */
    LocalDateTime atUtc() {
        var atUtc = date.atTime(time).atZone(Clocks.AMSTERDAM).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        if (atUtc.isBefore(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1))) {
            throw BusinessException.onField("scheduleDate", "nls.schedule.past");
        }
        return atUtc;
    }

    /** The next sending day the office proposes, as the hint above the form shows it. */
    public String getProposalText() {
        return proposal == null ? "" : proposal.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }
}
