package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.AuditorDesk;
import nl.ingrado.portal.register.boundary.PointLedger;
import nl.ingrado.portal.register.boundary.ReRegistrations;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.control.Dates;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.register.entity.Period;
import nl.ingrado.portal.register.entity.PeriodOutcome;
import nl.ingrado.portal.register.entity.PointRecord;
import nl.ingrado.portal.register.entity.RecordStatus;
import nl.ingrado.portal.register.entity.Registrant;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.entity.AuditEntry;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /auditor/registrant.xhtml?id=: one registrant's file for an auditor: details, periods and progress,
 * every record with its evidence, a correction of an approved record, points booked by hand, the
 * re-registration decision with objections, and the history of the registrant and their records.
 */
@Named
@ViewScoped
public class AuditRegistrant implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Registrants registrants;

    @Inject
    PointLedger ledger;

    @Inject
    AuditorDesk desk;

    @Inject
    ReRegistrations reRegistrations;

    @Inject
    Schemes schemes;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    private transient Registrant registrant;
    private transient List<Period> periods;
    private transient Norm.Progress progress;
    private transient List<PointRecord> records;
    private transient List<AuditEntry> history;
    private transient List<ReRegistrations.Objection> objections;
    private transient Map<Long, ReRegistrations.Decision> decisions;
    private transient Scheme scheme;

    @Getter
    private final CorrectionForm correctionForm = new CorrectionForm();
    @Getter
    private final BookingForm bookingForm = new BookingForm();
    @Getter
    private final DecisionForm decisionForm = new DecisionForm();
    @Getter
    private final ObjectionForm objectionForm = new ObjectionForm();
    @Getter
    private final ObjectionDecisionForm objectionDecisionForm = new ObjectionDecisionForm();

    public void load() throws IOException {
        if (getRegistrant() == null) {
            Faces.responseSendError(404, "registrant not found");
        }
    }

    public void correct() throws IOException {
        requireRegistrant();
        var form = correctionForm;
        if (form.getRecord() == null
                || ledger.record(form.getRecord()).filter(r -> r.registrantId() == id).isEmpty()) {
            throw BusinessException.onField("record", "audit.correct.record");
        }
        ledger.correct(AuditInput.actor(currentUser), form.getRecord(),
                AuditInput.decimal(form.getDelta(), "delta", "krsd.correct.delta"), form.getReason());
        done("audit.correct.done");
    }

    public void book() throws IOException {
        requireRegistrant();
        var form = bookingForm;
        desk.bookManually(AuditInput.actor(currentUser), id, form.getDate(), form.getTitle(),
                form.getCategory(),
                AuditInput.decimal(form.getPoints(), "points", "krsd.review.points"), form.getReason());
        done("audit.book.done");
    }

    public void decide() throws IOException {
        requireRegistrant();
        var current = getRegistrant().period();
        if (current == null) {
            throw new BusinessException("audit.period.notFound");
        }
        var form = decisionForm;
        reRegistrations.decide(AuditInput.actor(currentUser), current.id(), form.getOutcome(),
                form.getNewEnd(),
                form.getReason());
        done("audit.rereg.done." + form.getOutcome().name());
    }

    /** A postback without a known registrant (a tampered or stale form) is told, not a 500. */
    private void requireRegistrant() {
        if (id == null || getRegistrant() == null) {
            throw new BusinessException("krsd.registrant.notFound");
        }
    }

    public void recordObjection() throws IOException {
        requireRegistrant();
        var form = objectionForm;
        if (form.getPeriod() == null || getPeriods().stream().noneMatch(p -> p.id() == form.getPeriod())) {
            throw BusinessException.onField("objectionPeriod", "audit.objection.period");
        }
        reRegistrations.recordObjection(AuditInput.actor(currentUser), form.getPeriod(), form.getReceivedOn(),
                form.getText());
        done("audit.objection.recorded");
    }

    public void decideObjection() throws IOException {
        var form = objectionDecisionForm;
        if (form.getObjection() == null
                || getObjections().stream().noneMatch(o -> o.id() == form.getObjection() && o.isOpen())) {
            throw new BusinessException("audit.objection.notFound");
        }
        if (form.getUpheld() == null) {
            throw BusinessException.onField("upheld", "audit.objection.choose");
        }
        reRegistrations.decideObjection(AuditInput.actor(currentUser), form.getObjection(), form.getUpheld(),
                form.getReason());
        done(form.getUpheld() ? "audit.objection.upheld" : "audit.objection.dismissed");
    }

    private void done(String flash) throws IOException {
        Feedback.flash(flash);
        Faces.redirect("auditor/registrant.xhtml?id=" + id);
    }

    public Registrant getRegistrant() {
        if (registrant == null && id != null) {
            registrant = registrants.byId(id).orElse(null);
        }
        return registrant;
    }

    public List<Period> getPeriods() {
        if (periods == null) {
            periods = getRegistrant() == null ? List.of() : registrants.periods(id);
        }
        return periods;
    }

    /** Where the current period stands (null before approval). */
    public Norm.Progress getProgress() {
        if (progress == null && getRegistrant() != null && registrant.period() != null) {
            progress = registrants.progress(registrant.period());
        }
        return progress;
    }

    public List<PointRecord> getRecords() {
        if (records == null) {
            records = getRegistrant() == null ? List.of() : ledger.ledger(id);
        }
        return records;
    }

    public List<PointRecord> getApprovedRecords() {
        return getRecords().stream().filter(r -> r.status() == RecordStatus.APPROVED).toList();
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = getRegistrant() == null ? List.of() : desk.history(id);
        }
        return history;
    }

    public List<ReRegistrations.Objection> getObjections() {
        if (objections == null) {
            objections = getRegistrant() == null ? List.of() : reRegistrations.objections(id);
        }
        return objections;
    }

    public List<ReRegistrations.Objection> getOpenObjections() {
        return getObjections().stream().filter(ReRegistrations.Objection::isOpen).toList();
    }

    /** Periods with a decision: an objection can be made against those. */
    public List<Period> getDecidedPeriods() {
        return getPeriods().stream().filter(p -> p.outcome() != null).toList();
    }

    public ReRegistrations.Decision decisionOf(long periodId) {
        if (decisions == null) {
            decisions = getRegistrant() == null ? Map.of() : reRegistrations.decisions(id);
        }
        return decisions.get(periodId);
    }

    /** Whether the current period can be decided now. */
    public boolean isDecidable() {
        return getRegistrant() != null && registrant.period() != null
                && reRegistrations.decidable(registrant.period(), registrant.status());
    }

    public boolean isNormMet() {
        return getProgress() != null && progress.missing().signum() == 0;
    }

    /** The latest end an extension may have. */
    public String getLatestExtension() {
        return getRegistrant() == null || registrant.period() == null
                ? ""
                : Dates.numeric(registrant.period().originalEndsOn()
                        .plusMonths(ReRegistrations.MAX_EXTENSION_MONTHS));
    }

    /** An approved record as the correction form offers it. */
    public String recordLabel(PointRecord r) {
        return Dates.numeric(r.activityDate()) + " · " + r.title() + " (" + r.category() + ", "
                + r.points().stripTrailingZeros().toPlainString() + ")";
    }

    /** An audit action in words; an action this page has no words for shows as recorded. */
    public String action(AuditEntry entry) {
        var key = "history.action." + entry.getEntityType() + "." + entry.getAction();
        var text = Feedback.text(key);
        return key.equals(text) ? entry.getAction() : text;
    }

    /** The outcomes the rules allow now: a new period when the norm is met, else extension or suspension. */
    public List<PeriodOutcome> getOutcomes() {
        if (isNormMet()) {
            return List.of(PeriodOutcome.RENEWED);
        }
        return registrant.period().outcome() == PeriodOutcome.EXTENDED
                ? List.of(PeriodOutcome.SUSPENDED)
                : List.of(PeriodOutcome.EXTENDED, PeriodOutcome.SUSPENDED);
    }

    public List<Scheme.Category> getCategories() {
        if (scheme == null && getRegistrant() != null) {
            scheme = schemes.byId(registrant.schemeId());
        }
        return scheme == null ? List.of() : scheme.categories();
    }
}
