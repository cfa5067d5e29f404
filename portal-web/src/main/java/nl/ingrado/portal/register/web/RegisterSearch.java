package nl.ingrado.portal.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.PublicRegister;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Ids;

/**
 * /krsd/index.xhtml (Register raadplegen), public: search by name or registration number. A GET form,
 * so every result page has its own address.
 */
@Named
@RequestScoped
public class RegisterSearch {

    @Inject
    PublicRegister register;

    @Getter
    @Setter
    private String q;
    @Getter
    @Setter
    private String page;
    @Getter
    private PublicRegister.Page result;
    @Getter
    private String problem;

    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        var number = Ids.parse(page);
        try {
            result = register.search(q, number == null ? 0 : (int) Math.min(number, 10_000));
        } catch (BusinessException e) {
            problem = Feedback.text(e.messageKey(), e.arguments());
        }
    }

    /** The query as it goes in the address of another result page. */
    public String getEncodedQ() {
        return q == null
                ? ""
                : java.net.URLEncoder.encode(q.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
