package nl.ingrado.portal.newsletter.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.shared.entity.Lengths;

/** The head of an edition on /staff/newsletter/edition.xhtml: subject, introduction and segment. */
public class EditionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Size(max = Lengths.TITLE)
    @Getter
    @Setter
    private String subject;

    @Size(max = Lengths.NOTE)
    @Getter
    @Setter
    private String intro;
    @Getter
    @Setter
    private Long segmentId;

    void fill(Edition edition) {
        subject = edition.subject();
        intro = edition.intro();
        segmentId = edition.segmentId();
    }
}
