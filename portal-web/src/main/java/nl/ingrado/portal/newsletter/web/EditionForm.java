package nl.ingrado.portal.newsletter.web;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.shared.entity.Lengths;

/** The head of an edition on /staff/newsletter/edition.xhtml: subject, introduction and segment. */
@Getter
@Setter
public class EditionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Size(max = Lengths.TITLE)
    private String subject;

    @Size(max = Lengths.NOTE)
    private String intro;
    private Long segmentId;

    void fill(Edition edition) {
        subject = edition.subject();
        intro = edition.intro();
        segmentId = edition.segmentId();
    }
}
