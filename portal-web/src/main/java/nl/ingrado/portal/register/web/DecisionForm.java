package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.entity.PeriodOutcome;
import nl.ingrado.portal.shared.entity.Lengths;

/** The re-registration decision on /auditor/registrant.xhtml: renew, extend (until a new end) or suspend. */
@Getter
@Setter
public class DecisionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private PeriodOutcome outcome;
    private LocalDate newEnd;

    @Size(max = Lengths.NOTE)
    private String reason;
}
