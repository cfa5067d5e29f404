package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.PortfolioShares;
import nl.ingrado.portal.register.boundary.PortfolioShares.Share;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /member/krsd/shares.xhtml (Portfolio delen): time-limited links to the portfolio. A new link is shown
 * on this view only, once: the portal keeps just its hash.
 */
@Named
@ViewScoped
public class KrsdShares implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PortfolioShares shares;

    @Inject
    MyRegistrant mine;

    @Inject
    PortalSettings settings;

    private transient List<Share> list;
    private transient Boolean registered;

    @Size(max = Lengths.TITLE)
    @Getter
    @Setter
    private String label;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String days = "30";
    @Getter
    private String newLink;

    public boolean isRegistered() {
        if (registered == null) {
            registered = mine.registrant()
                    .map(r -> r.status().isPublic() && r.period() != null).orElse(false);
        }
        return registered;
    }

    public List<Share> getList() {
        if (list == null) {
            list = shares.mine(mine.accountId());
        }
        return list;
    }

    public boolean usable(Share share) {
        return share.isUsable(LocalDateTime.now(java.time.ZoneOffset.UTC));
    }

    /** A UTC time of the database as the clock on the wall in the Netherlands. */
    public LocalDateTime local(LocalDateTime utc) {
        return utc == null
                ? null
                : utc.atOffset(java.time.ZoneOffset.UTC)
                        .atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))
                        .toLocalDateTime();
    }

    /** Stays on this view so the link can be shown once; the list is read again. */
    public void create() {
        var token = shares.create(mine.accountId(), label, parseDays());
        newLink = settings.baseUrl() + "/krsd/portfolio.xhtml?token=" + token;
        label = null;
        days = "30";
        list = null;
        Messages.addGlobalInfo(Feedback.text("reg.shares.created"));
    }

    public void revoke(long shareId) throws IOException {
        shares.revoke(mine.accountId(), shareId);
        Feedback.flash("reg.shares.revoked");
        Faces.redirect("member/krsd/shares.xhtml");
    }

    private Integer parseDays() {
        var text = days == null ? "" : days.strip();
        return text.matches("\\d{1,3}") ? Integer.valueOf(text) : null;
    }
}
