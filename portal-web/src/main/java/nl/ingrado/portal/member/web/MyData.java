package nl.ingrado.portal.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.boundary.PrivacyService;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** /account/privacy.xhtml (Mijn privacy): download all my data, ask to be erased. */
@Named
@RequestScoped
public class MyData {

    @Inject
    PrivacyService privacy;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private boolean understood;

    public void download() throws IOException {
        Faces.sendFile(privacy.export(currentUser.id()).getBytes(StandardCharsets.UTF_8),
                "mijn-gegevens-ingrado.json",
                true);
    }

    public void requestErasure() throws IOException {
        if (!understood) {
            throw BusinessException.onField("understood", "erasure.confirmFirst");
        }
        privacy.requestErasure(currentUser.id());
        Feedback.flash("erasure.requested");
        Faces.redirect("account/privacy.xhtml");
    }

    public boolean isErasureRequested() {
        return privacy.openRequest(currentUser.id()).isPresent();
    }
}
