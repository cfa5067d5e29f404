package nl.ingrado.portal.event.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.EventAttendance;
import nl.ingrado.portal.event.boundary.EventAttendance.CheckIn;
import nl.ingrado.portal.event.boundary.EventAttendance.Overview;
import nl.ingrado.portal.event.boundary.EventAttendance.Registrant;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Pages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /organise/attendance.xhtml?id= (the day itself, on a tablet at the door): find a registrant by
 * name and mark them present, or scan the QR code on their confirmation; afterwards, record the
 * no-shows. The search is a GET parameter, so it survives the redirect after each check-in.
 */
@Named
@ViewScoped
public class Attendance implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EventAttendance attendance;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;

    @Size(max = Lengths.SEARCH)
    @Getter
    @Setter
    private String search;

    @Size(max = Lengths.SEARCH)
    @Getter
    @Setter
    private String code;
    private transient Overview overview;
    private transient List<Registrant> registrants;

    public void load() throws IOException {
        overview = Pages.found(attendance.overview(Organisers.of(currentUser), id), "event not found");
    }

    public void checkIn(long registrationId) throws IOException {
        done(attendance.checkIn(Organisers.of(currentUser), id, registrationId));
    }

    public void scan() throws IOException {
        done(attendance.checkInByCode(Organisers.of(currentUser), id, code));
    }

    public void markNoShows() throws IOException {
        int marked = attendance.markNoShows(Organisers.of(currentUser), id);
        Feedback.flash("attendance.noShowsMarked", marked);
        redirect();
    }

    private void done(CheckIn checkIn) throws IOException {
        if (checkIn.already()) {
            // a second scan is no error, but the person at the door should notice it
            Messages.addFlashGlobalWarn(Feedback.text("attendance.already", checkIn.name()));
        } else {
            Feedback.flash("attendance.checkedIn", checkIn.name());
        }
        redirect();
    }

    private void redirect() throws IOException {
        var query = search == null || search.isBlank()
                ? ""
                : "&q=" + URLEncoder.encode(search.strip(), StandardCharsets.UTF_8);
        Faces.redirect("organise/attendance.xhtml?id=" + id + query);
    }

    /** The overview, read again after a failed POST (the bean keeps only the ids). */
    public Overview getOverview() {
        if (overview == null && id != null) {
            overview = attendance.overview(Organisers.of(currentUser), id).orElse(null);
        }
        return overview;
    }

    public List<Registrant> getRegistrants() {
        if (registrants == null && getOverview() != null) {
            registrants = attendance.registrants(Organisers.of(currentUser), id, search);
        }
        return registrants;
    }

    public int getMaxListed() {
        return EventAttendance.MAX_LISTED;
    }
}
