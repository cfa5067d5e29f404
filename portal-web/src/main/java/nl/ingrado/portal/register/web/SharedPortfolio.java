package nl.ingrado.portal.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.PortfolioShares;
import nl.ingrado.portal.register.entity.Norm;
import org.omnifaces.util.Faces;

/**
 * /krsd/portfolio.xhtml?token= , public: the portfolio a registrant shared, while the link is valid.
 * An expired or withdrawn link answers 404 with a page that says so.
 */
@Named
@RequestScoped
public class SharedPortfolio {

    @Inject
    PortfolioShares shares;

    @Getter
    @Setter
    private String token;
    @Getter
    private PortfolioShares.Portfolio portfolio;

    public void load() {
        portfolio = shares.open(token).orElse(null);
        // a shared portfolio is for the person who got the link, not for search engines
        var response = (jakarta.servlet.http.HttpServletResponse) Faces.getResponse();
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        // the address holds the secret: it goes to no other page, not even as a referrer
        response.setHeader("Referrer-Policy", "no-referrer");
        if (portfolio == null) {
            Faces.getExternalContext().setResponseStatus(404);
        }
    }

    public String categoryName(Norm.CategoryProgress c) {
        return c.name(Faces.getLocale().getLanguage());
    }
}
