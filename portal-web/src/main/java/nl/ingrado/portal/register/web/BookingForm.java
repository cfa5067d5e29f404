package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;

/** Points booked by hand on /auditor/registrant.xhtml: an activity the register did not see, and why. */
public class BookingForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Getter
    @Setter
    private LocalDate date;

    @Size(max = Lengths.ACTIVITY_TITLE)
    @Getter
    @Setter
    private String title;
    @Getter
    @Setter
    private String category;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String points;

    @Size(max = Lengths.REASON)
    @Getter
    @Setter
    private String reason;
}
