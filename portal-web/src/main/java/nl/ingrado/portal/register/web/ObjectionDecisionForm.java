package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;

/** The decision on an open objection on /auditor/registrant.xhtml: upheld or dismissed, and why. */
public class ObjectionDecisionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Getter
    @Setter
    private Long objection;
    @Getter
    @Setter
    private Boolean upheld;

    @Size(max = Lengths.NOTE)
    @Getter
    @Setter
    private String reason;
}
