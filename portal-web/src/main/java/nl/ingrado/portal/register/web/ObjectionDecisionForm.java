package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;

/** The decision on an open objection on /auditor/registrant.xhtml: upheld or dismissed, and why. */
@Getter
@Setter
public class ObjectionDecisionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long objection;
    private Boolean upheld;

    @Size(max = Lengths.NOTE)
    private String reason;
}
