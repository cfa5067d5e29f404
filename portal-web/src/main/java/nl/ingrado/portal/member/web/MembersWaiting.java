package nl.ingrado.portal.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
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

    /** Read once a request, however often the page asks. */
    @Getter(lazy = true)
    private final long employments = members.pendingEmploymentCount();
    @Getter(lazy = true)
    private final long erasures = privacy.openRequestCount();
}
