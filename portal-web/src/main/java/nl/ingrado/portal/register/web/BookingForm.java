package nl.ingrado.portal.register.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import nl.ingrado.portal.shared.entity.Lengths;

/** Points booked by hand on /auditor/registrant.xhtml: an activity the register did not see, and why. */
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

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
