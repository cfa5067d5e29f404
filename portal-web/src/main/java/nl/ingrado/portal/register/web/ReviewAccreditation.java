package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.Accreditations;
import nl.ingrado.portal.register.boundary.Accreditations.Decision;
import nl.ingrado.portal.register.boundary.Accreditations.Document;
import nl.ingrado.portal.register.boundary.Registrants;
import nl.ingrado.portal.register.boundary.Schemes;
import nl.ingrado.portal.register.entity.Activity;
import nl.ingrado.portal.register.entity.ActivityStatus;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.entity.AuditEntry;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Decimals;

/**
 * /auditor/accreditation.xhtml?id=: an accreditation request with its documents and history, and the
 * decision: accredit (number proposed, category, points, validity), reject or ask for more information.
 */
@Named
@ViewScoped
public class ReviewAccreditation extends AuditorDecision<Activity> {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Accreditations accreditations;

    @Inject
    Schemes schemes;

    @Inject
    Registrants registrants;

    @Inject
    CurrentUser currentUser;

    private transient List<Document> documents;
    private transient List<AuditEntry> history;
    private transient Scheme scheme;

    @Size(max = Lengths.ACCREDITATION_NUMBER)
    @Getter
    @Setter
    private String number;
    @Getter
    @Setter
    private LocalDate validFrom;
    @Getter
    @Setter
    private LocalDate validTo;

    public ReviewAccreditation() {
        super("request not found");
    }

    @Override
    protected Optional<Activity> find(long id) {
        return accreditations.byId(id);
    }

    @Override
    protected void fill(Activity activity) {
        var today = registrants.today();
        number = accreditations.proposedNumber(activity.schemeId(), today.getYear());
        setCategory(getScheme().categories().isEmpty() ? null : getScheme().categories().get(0).code());
        setPoints(activity.hours() == null
                ? null
                : Decimals.shown(activity.hours().multiply(getScheme().pointsPerHour())
                        .setScale(1, RoundingMode.HALF_UP)));
        validFrom = today;
        validTo = today.plusYears(3).minusDays(1);
    }

    public void accredit() throws IOException {
        decide(Decision.ACCREDIT, "provider.decided.accredited");
    }

    public void reject() throws IOException {
        decide(Decision.REJECT, "provider.decided.rejected");
    }

    public void askMore() throws IOException {
        decide(Decision.MORE_INFO, "provider.decided.moreInfo");
    }

    private void decide(Decision decision, String done) throws IOException {
        var email = currentUser.sessionUser().orElseThrow().email();
        var terms = decision == Decision.ACCREDIT
                ? new Accreditations.Terms(number, getCategory(),
                        Decimals.parse(getPoints(), "points", "krsd.review.points"), validFrom, validTo)
                : null;
        accreditations.decide(email, getId(), decision, terms, getReason());
        decided(done, getActivity().title(), "auditor/accreditations.xhtml");
    }

    public Activity getActivity() {
        return subject();
    }

    public boolean isWaiting() {
        return getActivity() != null && getActivity().status() == ActivityStatus.REQUESTED;
    }

    public List<Document> getDocuments() {
        if (documents == null) {
            documents = accreditations.documents(getId());
        }
        return documents;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = accreditations.history(getId());
        }
        return history;
    }

    public Scheme getScheme() {
        if (scheme == null) {
            scheme = schemes.byId(getActivity().schemeId());
        }
        return scheme;
    }
}
