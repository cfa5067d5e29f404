package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;

/** Points booked by hand on /auditor/registrant.xhtml: an activity the register did not see, and why. */
@Getter
@Setter
public class BookingForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private LocalDate date;

    @Size(max = Lengths.ACTIVITY_TITLE)
    private String title;
    private String category;

    @Size(max = Lengths.NUMBER)
    private String points;

    @Size(max = Lengths.REASON)
    private String reason;
}
