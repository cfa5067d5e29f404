package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import nl.ingrado.portal.shared.entity.Lengths;

/** An objection received against a decided period, recorded on /auditor/registrant.xhtml. */
public class ObjectionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long period;
    private LocalDate receivedOn;

    @Size(max = Lengths.NOTE)
    private String text;

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
