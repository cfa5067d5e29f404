package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;

/** The correction of an approved record on /auditor/registrant.xhtml: points added or taken off, and why. */
@Getter
@Setter
public class CorrectionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long record;

    @Size(max = Lengths.NUMBER)
    private String delta;

    @Size(max = Lengths.REASON)
    private String reason;
}
