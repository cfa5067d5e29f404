package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import nl.ingrado.portal.register.entity.PeriodOutcome;
import nl.ingrado.portal.shared.entity.Lengths;

/** The re-registration decision on /auditor/registrant.xhtml: renew, extend (until a new end) or suspend. */
public class DecisionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private PeriodOutcome outcome;
    private LocalDate newEnd;

    @Size(max = Lengths.NOTE)
    private String reason;

    public PeriodOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(PeriodOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDate newEnd) {
        this.newEnd = newEnd;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
