package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;

/** An objection received against a decided period, recorded on /auditor/registrant.xhtml. */
@Getter
@Setter
public class ObjectionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long period;
    private LocalDate receivedOn;

    @Size(max = Lengths.NOTE)
    private String text;
}
