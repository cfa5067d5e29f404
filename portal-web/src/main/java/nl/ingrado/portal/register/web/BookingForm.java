package nl.ingrado.portal.register.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** Points booked by hand on /auditor/registrant.xhtml: an activity the register did not see, and why. */
public class BookingForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private String title;
    private String category;
    private String points;
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
