package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.register.boundary.PointLedger;
import nl.ingrado.portal.register.boundary.PointLedger.Decision;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.entity.PointRecord;
import nl.ingrado.portal.register.entity.RecordStatus;
import nl.ingrado.portal.register.entity.Registrant;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Decimals;

/**
 * /auditor/review.xhtml?id=: one submitted activity with its evidence; approve (points and category may
 * be adjusted), reject, or ask for more information (both with a reason). The registrant is mailed.
 */
@Named
@ViewScoped
public class ReviewRecord extends AuditorDecision<PointRecord> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PointLedger ledger;

    @Inject
    Registrants registrants;

    @Inject
    Schemes schemes;

    @Inject
    CurrentUser currentUser;

    private transient Registrant registrant;
    private transient List<Scheme.Category> categories;

    public ReviewRecord() {
        super("record not found");
    }

    @Override
    protected Optional<PointRecord> find(long id) {
        return ledger.record(id);
    }

    @Override
    protected void fill(PointRecord record) {
        setPoints(Decimals.shown(record.points()));
        setCategory(record.category());
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
                ? AuditInput.decimal(getPoints(), "points", "krsd.review.points")
                : null;
        if (decision == Decision.APPROVE && parsed == null) {
            throw nl.ingrado.portal.shared.entity.BusinessException.onField("points", "krsd.review.points");
        }
        ledger.review(AuditInput.actor(currentUser), getId(), decision, parsed, getCategory(), getReason());
        decided(flash, title, "auditor/queue.xhtml");
    }

    public PointRecord getRecord() {
        return subject();
    }

    public Registrant getRegistrant() {
        if (registrant == null && getRecord() != null) {
            registrant = registrants.byId(getRecord().registrantId()).orElse(null);
        }
        return registrant;
    }

    public boolean isPending() {
        return getRecord() != null && getRecord().status() == RecordStatus.PENDING;
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
