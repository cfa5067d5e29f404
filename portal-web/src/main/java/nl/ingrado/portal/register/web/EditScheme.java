package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.SchemeAdministration;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.entity.AuditEntry;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /auditor/scheme.xhtml: the rules of the register (period, norm, points per hour, shared periods and
 * pro-rata, fee, code of conduct, category minimums and caps). A change applies to periods opened
 * afterwards.
 */
@Named
@ViewScoped
public class EditScheme implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Schemes schemes;

    @Inject
    SchemeAdministration administration;

    @Inject
    CurrentUser currentUser;

    private transient Scheme scheme;
    private transient List<AuditEntry> history;
    private boolean filled;
    private long version;
    @Getter
    @Setter
    private Integer periodYears;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String normPoints;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String pointsPerHour;
    @Getter
    @Setter
    private LocalDate cohortStart;
    @Getter
    @Setter
    private boolean proRata;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String annualFee;

    @Size(max = Lengths.TEXT)
    @Getter
    @Setter
    private String codeOfConduct;
    @Getter
    private final Map<String, String> minimums = new HashMap<>();
    @Getter
    private final Map<String, String> caps = new HashMap<>();

    public void load() {
        if (!filled) {
            filled = true;
            var s = getScheme();
            version = administration.version(s.id());
            periodYears = s.periodYears();
            normPoints = plain(s.normPoints());
            pointsPerHour = plain(s.pointsPerHour());
            cohortStart = s.cohortStart();
            proRata = s.proRata();
            annualFee = plain(s.annualFee());
            codeOfConduct = s.codeOfConduct();
            for (var c : s.categories()) {
                minimums.put(c.code(), plain(c.minPoints()));
                caps.put(c.code(), plain(c.capPoints()));
            }
        }
    }

    public void save() throws IOException {
        if (periodYears == null) {
            throw BusinessException.onField("periodYears", "audit.scheme.periodYears");
        }
        var mins = new LinkedHashMap<String, BigDecimal>();
        var maxes = new LinkedHashMap<String, BigDecimal>();
        for (var c : getScheme().categories()) {
            mins.put(c.code(),
                    AuditInput.decimal(minimums.get(c.code()), "min_" + c.code(), "audit.scheme.minimum"));
            maxes.put(c.code(),
                    AuditInput.decimal(caps.get(c.code()), "cap_" + c.code(), "audit.scheme.cap"));
        }
        administration.update(AuditInput.actor(currentUser), getScheme().id(), version,
                new SchemeAdministration.Rules(periodYears,
                        AuditInput.decimal(normPoints, "normPoints", "audit.scheme.normPoints"),
                        AuditInput.decimal(pointsPerHour, "pointsPerHour", "audit.scheme.pointsPerHour"),
                        cohortStart,
                        proRata, AuditInput.decimal(annualFee, "annualFee", "audit.scheme.fee"),
                        codeOfConduct, mins,
                        maxes));
        Feedback.flash("audit.scheme.saved");
        Faces.redirect("auditor/scheme.xhtml");
    }

    public Scheme getScheme() {
        if (scheme == null) {
            scheme = schemes.krsd();
        }
        return scheme;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = administration.history(getScheme().id());
        }
        return history;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
