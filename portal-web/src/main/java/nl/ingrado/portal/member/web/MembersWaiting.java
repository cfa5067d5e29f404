package nl.ingrado.portal.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.PrivacyService;

/** What waits for staff in the member administration, counted for the staff's home page. */
@Named
@RequestScoped
public class MembersWaiting {

    @Inject
    MemberService members;

    @Inject
    PrivacyService privacy;

    private Long employments;
    private Long erasures;

    public long getEmployments() {
        if (employments == null) {
            employments = members.pendingEmploymentCount();
        }
        return employments;
    }

    public long getErasures() {
        if (erasures == null) {
            erasures = privacy.openRequestCount();
        }
        return erasures;
    }
}
