package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.PointLedger;
import nl.ingrado.portal.register.entity.PointRecord;
import nl.ingrado.portal.register.entity.RecordStatus;
import nl.ingrado.portal.register.entity.Registrant;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /member/krsd/records.xhtml (Mijn puntenregels): the ledger with status and the reviewer's reason;
 * {@code ?answer=} opens the answer form for a record on which the auditor asked for more information.
 */
@Named
@ViewScoped
public class KrsdRecords implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MyRegistrant mine;

    @Inject
    PointLedger ledger;

    private transient List<PointRecord> records;
    private transient Map<Long, PointRecord> byId;
    @Getter
    @Setter
    private Long answerId;

    @Size(max = Lengths.NOTE)
    @Getter
    @Setter
    private String note;
    @Getter
    @Setter
    private transient Part evidence;

    public void load() throws IOException {
        // only a record of one's own that waits for an answer
        if (answerId != null && getAnswering() == null) {
            Faces.responseSendError(404, "record not found");
        }
    }

    public Registrant getRegistrant() {
        return mine.registrant().orElse(null);
    }

    public List<PointRecord> getRecords() {
        if (records == null) {
            records = getRegistrant() == null ? List.of() : ledger.ledger(getRegistrant().id());
        }
        return records;
    }

    /** The records by id, for showing which record a correction corrects. */
    public Map<Long, PointRecord> getById() {
        if (byId == null) {
            byId = getRecords().stream().collect(Collectors.toMap(PointRecord::id, Function.identity()));
        }
        return byId;
    }

    public PointRecord getAnswering() {
        return answerId == null
                ? null
                : getRecords().stream()
                        .filter(r -> r.id() == answerId && r.status() == RecordStatus.MORE_INFO)
                        .findFirst().orElse(null);
    }

    public void answer() throws IOException {
        var upload = Upload.of(evidence, "evidence");
        ledger.answer(mine.accountId(), answerId, note, upload.name(), upload.content());
        Feedback.flash("reg.records.answered");
        Faces.redirect("member/krsd/records.xhtml");
    }
}
