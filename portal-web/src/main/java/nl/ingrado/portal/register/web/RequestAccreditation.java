package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.Accreditations;
import nl.ingrado.portal.register.boundary.Accreditations.Document;
import nl.ingrado.portal.register.entity.Activity;
import nl.ingrado.portal.register.entity.ActivityStatus;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Decimals;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /provider/request.xhtml: a new accreditation request; with {@code ?id=} one of the provider's own
 * requests, and when the auditor asked for more information, the form to answer.
 */
@Named
@ViewScoped
public class RequestAccreditation implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Accreditations accreditations;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    private transient Activity activity;
    private transient List<Document> documentList;
    private boolean filled;

    @Size(max = Lengths.ACTIVITY_TITLE)
    @Getter
    @Setter
    private String title;

    @Size(max = Lengths.TITLE)
    @Getter
    @Setter
    private String providerName;

    @Size(max = Lengths.PROGRAMME)
    @Getter
    @Setter
    private String description;

    @Size(max = Lengths.PROGRAMME)
    @Getter
    @Setter
    private String programme;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String hours;

    @Size(max = Lengths.REMARKS)
    @Getter
    @Setter
    private String trainers;

    @Size(max = Lengths.NOTE)
    @Getter
    @Setter
    private String note;
    @Getter
    @Setter
    private transient List<Part> documents;

    public void load() throws IOException {
        if (id != null) {
            var own = accreditations.ofProvider(currentUser.id(), id).orElse(null);
            if (own == null) {
                // someone else's request looks the same as one that does not exist
                Faces.responseSendError(404, "request not found");
                return;
            }
            activity = own;
        }
        if (!filled) {
            filled = true;
            if (activity != null) {
                title = activity.title();
                providerName = activity.providerName();
                description = activity.description();
                programme = activity.programme();
                hours = Decimals.shown(activity.hours());
                trainers = activity.trainers();
            } else {
                providerName = accreditations.lastProviderName(currentUser.id()).orElse(null);
            }
        }
    }

    public void save() throws IOException {
        var request = new Accreditations.Request(title, providerName, description, programme,
                Decimals.parse(hours, "hours", "krsd.submit.hours"), trainers);
        var uploads = uploads();
        if (id == null) {
            accreditations.request(currentUser.id(), request, uploads);
            Feedback.flash("provider.request.sent");
        } else {
            accreditations.answer(currentUser.id(), id, request, note, uploads);
            Feedback.flash("provider.answer.sent");
        }
        Faces.redirect("provider/index.xhtml");
    }

    private List<Accreditations.Upload> uploads() throws IOException {
        var uploads = new ArrayList<Accreditations.Upload>();
        if (documents == null) {
            return uploads;
        }
        for (var part : documents) {
            var file = Upload.read(part, "documents");
            if (file != null) {
                uploads.add(new Accreditations.Upload(file.name(), file.content()));
            }
        }
        return uploads;
    }

    public Activity getActivity() {
        if (activity == null && id != null) {
            activity = accreditations.ofProvider(currentUser.id(), id).orElse(null);
        }
        return activity;
    }

    public List<Document> getDocumentList() {
        if (documentList == null) {
            documentList = id == null ? List.of() : accreditations.documents(id);
        }
        return documentList;
    }

    public boolean isCreating() {
        return id == null;
    }

    /** The form shows for a new request and for an answer to the auditor's question. */
    public boolean isEditable() {
        return id == null || getActivity() != null && getActivity().status() == ActivityStatus.MORE_INFO;
    }
}
