package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.PointLedger;
import nl.ingrado.portal.register.boundary.PointLedger.Decision;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.entity.PointRecord;
import nl.ingrado.portal.register.entity.RecordStatus;
import nl.ingrado.portal.register.entity.Registrant;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Decimals;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /auditor/review.xhtml?id=: one submitted activity with its evidence; approve (points and category may
 * be adjusted), reject, or ask for more information (both with a reason). The registrant is mailed.
 */
@Named
@ViewScoped
public class ReviewRecord implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient PointLedger ledger;

    @Inject
    transient Registrants registrants;

    @Inject
    transient Schemes schemes;

    @Inject
    transient CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    private transient PointRecord record;
    private transient Registrant registrant;
    private transient List<Scheme.Category> categories;
    private boolean filled;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String points;
    @Getter
    @Setter
    private String category;

    @Size(max = Lengths.NOTE)
    @Getter
    @Setter
    private String reason;

    public void load() throws IOException {
        if (getRecord() == null) {
            Faces.responseSendError(404, "record not found");
            return;
        }
        if (!filled) {
            filled = true;
            points = Decimals.shown(record.points());
            category = record.category();
        }
    }

    public void approve() throws IOException {
        decide(Decision.APPROVE, "audit.review.approved");
    }

    public void reject() throws IOException {
        decide(Decision.REJECT, "audit.review.rejected");
    }

    public void askMoreInfo() throws IOException {
        decide(Decision.MORE_INFO, "audit.review.moreInfo");
    }

    private void decide(Decision decision, String flash) throws IOException {
        var title = getRecord().title();
        var parsed = decision == Decision.APPROVE
                ? AuditInput.decimal(points, "points", "krsd.review.points")
                : null;
        if (decision == Decision.APPROVE && parsed == null) {
            throw nl.ingrado.portal.shared.entity.BusinessException.onField("points", "krsd.review.points");
        }
        ledger.review(AuditInput.actor(currentUser), id, decision, parsed, category, reason);
        Feedback.flash(flash, title);
        Faces.redirect("auditor/queue.xhtml");
    }

    public PointRecord getRecord() {
        if (record == null && id != null) {
            record = ledger.record(id).orElse(null);
        }
        return record;
    }

    public Registrant getRegistrant() {
        if (registrant == null && getRecord() != null) {
            registrant = registrants.byId(record.registrantId()).orElse(null);
        }
        return registrant;
    }

    public boolean isPending() {
        return getRecord() != null && record.status() == RecordStatus.PENDING;
    }

    public List<Scheme.Category> getCategories() {
        if (categories == null) {
            categories = getRegistrant() == null
                    ? List.of()
                    : schemes.byId(registrant.schemeId()).categories();
        }
        return categories;
    }
}
