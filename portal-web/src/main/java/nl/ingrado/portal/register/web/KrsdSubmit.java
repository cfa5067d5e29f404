package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.PointLedger;
import nl.ingrado.portal.register.boundary.Submission;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /member/krsd/submit.xhtml (Activiteit indienen): an activity outside the catalogue with evidence, for
 * an auditor to review. Points follow from the net hours by the scheme.
 */
@Named
@ViewScoped
public class KrsdSubmit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MyRegistrant mine;

    @Inject
    PointLedger ledger;

    @NotBlank
    @Size(max = Lengths.ACTIVITY_TITLE)
    @Getter
    @Setter
    private String title;

    @NotBlank
    @Size(max = Lengths.TITLE)
    @Getter
    @Setter
    private String provider;

    @NotNull
    @Getter
    @Setter
    private LocalDate date;

    @NotBlank
    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String hours;

    @NotBlank
    @Getter
    @Setter
    private String category;

    @Size(max = Lengths.TITLE)
    @Getter
    @Setter
    private String claim;

    @Size(max = Lengths.NOTE)
    @Getter
    @Setter
    private String description;
    @Getter
    @Setter
    private transient Part evidence;

    /** Whether the member may submit: only an active registrant. */
    public boolean isActive() {
        return mine.registrant().map(r -> r.status() == RegistrantStatus.ACTIVE).orElse(false);
    }

    public Scheme getScheme() {
        return mine.scheme();
    }

    public String categoryName(Scheme.Category c) {
        return c.code() + " " + c.name(Faces.getLocale().getLanguage());
    }

    public LocalDate getToday() {
        return mine.today();
    }

    public void submit() throws IOException {
        var upload = Upload.of(evidence, "evidence");
        ledger.submit(mine.accountId(), new Submission(title, provider, date, parseHours(), category, claim,
                description, upload.name(), upload.content()));
        Feedback.flash("reg.submit.done");
        Faces.redirect("member/krsd/records.xhtml");
    }

    /** Net hours as typed, with a decimal comma or point; anything else is the rule's own message. */
    private BigDecimal parseHours() {
        var text = hours == null ? "" : hours.strip().replace(',', '.');
        if (!text.matches("\\d{1,4}(\\.\\d{1,3})?")) {
            throw BusinessException.onField("hours", "krsd.submit.hours");
        }
        return new BigDecimal(text);
    }
}
