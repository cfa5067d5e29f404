package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.ProviderAttendance;
import nl.ingrado.portal.register.boundary.ProviderAttendance.Execution;
import nl.ingrado.portal.register.boundary.ProviderAttendance.Report;
import nl.ingrado.portal.register.control.AttendanceLists;
import nl.ingrado.portal.register.entity.Activity;
import nl.ingrado.portal.register.entity.ActivityStatus;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /provider/attendance.xhtml?activity=: the attendance list of one execution of an accredited activity
 * (typed or pasted, and/or a CSV file); after the upload the report of what was booked, and the executions
 * so far.
 */
@Named
@ViewScoped
public class AttendanceUpload implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A CSV file of an attendance list: 2,000 lines fit in far less. */
    static final int MAX_CSV_BYTES = 1024 * 1024;
    static final String REPORT = "providerAttendanceReport";

    @Inject
    ProviderAttendance attendance;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long activityId;
    private transient Activity activity;
    private transient List<Execution> executions;
    @Getter
    private Report report;

    @Getter
    @Setter
    private LocalDate date;

    @Size(max = Lengths.TEXT)
    @Getter
    @Setter
    private String numbers;
    @Getter
    @Setter
    private transient Part csv;

    public void load() throws IOException {
        try {
            activity = attendance.activity(currentUser.id(), activityId);
        } catch (BusinessException notYours) {
            activity = null;
        }
        if (activity == null) {
            Faces.responseSendError(404, "activity not found");
            return;
        }
        if (report == null && Faces.getFlashAttribute(REPORT) instanceof Report flashed
                && flashed.activityId() == activityId) {
            report = flashed;
        }
    }

    public void upload() throws IOException {
        var text = new StringBuilder(numbers == null ? "" : numbers);
        if (csv != null && csv.getSize() > 0) {
            if (csv.getSize() > MAX_CSV_BYTES) {
                throw BusinessException.onField("csv", "provider.attendance.csvTooLarge",
                        MAX_CSV_BYTES / 1024 / 1024);
            }
            try (var in = csv.getInputStream()) {
                text.append('\n').append(AttendanceLists.text(in.readAllBytes()));
            }
        }
        var parsed = AttendanceLists.parse(text.toString());
        if (parsed.isEmpty()) {
            throw BusinessException.onField("numbers", "provider.attendance.empty");
        }
        var result = attendance.upload(currentUser.id(), activityId, date, new ArrayList<>(parsed));
        Faces.setFlashAttribute(REPORT, result);
        Feedback.flash("provider.attendance.done", result.booked().size());
        Faces.redirect("provider/attendance.xhtml?activity=" + activityId);
    }

    public Activity getActivity() {
        if (activity == null && activityId != null) {
            activity = attendance.activity(currentUser.id(), activityId);
        }
        return activity;
    }

    public List<Execution> getExecutions() {
        if (executions == null) {
            executions = attendance.executions(currentUser.id(), activityId);
        }
        return executions;
    }

    /** Whether a list can be uploaded today: only for an activity that is accredited and has begun. */
    public boolean isOpen() {
        var a = getActivity();
        return a != null && a.status() == ActivityStatus.ACCREDITED
                && !a.validFrom().isAfter(LocalDate.now(Clocks.AMSTERDAM));
    }

    /** A list of numbers as one line of the report. */
    public String joined(List<String> numbers) {
        return String.join(", ", numbers);
    }

    public int getMaxNumbers() {
        return ProviderAttendance.MAX_NUMBERS;
    }
}
