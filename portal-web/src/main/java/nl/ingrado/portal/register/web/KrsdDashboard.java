package nl.ingrado.portal.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.OwnRegistration;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.register.entity.Registrant;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /member/krsd/index.xhtml (Mijn KRSD): the register explained and a link to apply, the application
 * being reviewed, or the progress of the current period against the norm with a chart, and the
 * opt-ins for the public register. Request-scoped: the opt-ins are read on the page's GET and posted
 * back with the form, and a view-scoped bean would add a view map to the session on every visit.
 */
@Named
@RequestScoped
public class KrsdDashboard {

    @Inject
    MyRegistrant mine;

    @Inject
    OwnRegistration own;

    @Getter
    @Setter
    private boolean showEmployer;
    @Getter
    @Setter
    private boolean showJob;
    private List<String> reasons;
    private List<Bar> bars;

    /** One bar of the chart; the percentages are of the chart's scale (the period norm or more). */
    public record Bar(String code, String name, BigDecimal earned, BigDecimal counted, BigDecimal overCap,
            BigDecimal minimum, BigDecimal cap, BigDecimal missing, int countedPercent, int overCapPercent,
            Integer minimumPercent, Integer capPercent) {
    }

    public void load() {
        var r = getRegistrant();
        if (r != null) {
            showEmployer = r.showEmployer();
            showJob = r.showJob();
        }
    }

    public Registrant getRegistrant() {
        return mine.registrant().orElse(null);
    }

    /** NONE (never applied or refused: may apply), APPLIED, or REGISTERED (has a number and a period). */
    public String getState() {
        var r = getRegistrant();
        if (r == null) {
            return "NONE";
        }
        return switch (r.status()) {
            case APPLIED -> "APPLIED";
            case REJECTED -> "REJECTED";
            default -> r.period() == null ? "APPLIED" : "REGISTERED";
        };
    }

    public Scheme getScheme() {
        return mine.scheme();
    }

    public Norm.Progress getProgress() {
        return "REGISTERED".equals(getState()) ? mine.progress() : null;
    }

    public List<String> getReasons() {
        if (reasons == null) {
            reasons = getProgress() == null ? List.of() : Explanations.of(getProgress());
        }
        return reasons;
    }

    public String categoryName(Norm.CategoryProgress c) {
        return c.name(Faces.getLocale().getLanguage());
    }

    /** The bars: one for the total against the norm, then one per category. */
    public List<Bar> getBars() {
        if (bars == null) {
            // asked by the chart and the table, each repeat more than once: computed once a request
            bars = bars();
        }
        return bars;
    }

    private List<Bar> bars() {
        var p = getProgress();
        if (p == null) {
            return List.of();
        }
        var scale = p.norm();
        for (var c : p.categories()) {
            scale = scale.max(c.earned());
        }
        var earnedTotal = p.categories().stream().map(Norm.CategoryProgress::earned).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        var bars = new java.util.ArrayList<Bar>();
        bars.add(new Bar("total", Feedback.text("reg.dashboard.chart.total"), earnedTotal, p.counted(),
                earnedTotal.subtract(p.counted()).max(BigDecimal.ZERO), p.norm(), null, p.missing(),
                percent(p.counted(), scale),
                percent(earnedTotal.subtract(p.counted()).max(BigDecimal.ZERO), scale),
                percent(p.norm(), scale), null));
        for (var c : p.categories()) {
            bars.add(new Bar(c.code(), c.code() + " " + categoryName(c), c.earned(), c.counted(), c.overCap(),
                    c.minimum(), c.cap(), c.missing(), percent(c.counted(), scale),
                    percent(c.overCap(), scale),
                    c.minimum() == null ? null : percent(c.minimum(), scale),
                    c.cap() == null ? null : percent(c.cap(), scale)));
        }
        return bars;
    }

    private static int percent(BigDecimal value, BigDecimal scale) {
        if (value == null || scale.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return Math.min(100, value.multiply(BigDecimal.valueOf(100)).divide(scale, 0, RoundingMode.HALF_UP)
                .intValue());
    }

    public void save() throws IOException {
        own.showInRegister(mine.accountId(), showEmployer, showJob);
        Feedback.flash("reg.dashboard.visibility.saved");
        Faces.redirect("member/krsd/index.xhtml");
    }
}
