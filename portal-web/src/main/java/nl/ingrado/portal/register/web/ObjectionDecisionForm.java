package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import nl.ingrado.portal.shared.entity.Lengths;

/** The decision on an open objection on /auditor/registrant.xhtml: upheld or dismissed, and why. */
public class ObjectionDecisionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long objection;
    private Boolean upheld;

    @Size(max = Lengths.NOTE)
    private String reason;

    public Long getObjection() {
        return objection;
    }

    public void setObjection(Long objection) {
        this.objection = objection;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public void setUpheld(Boolean upheld) {
        this.upheld = upheld;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
