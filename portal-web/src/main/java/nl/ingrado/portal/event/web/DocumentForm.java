package nl.ingrado.portal.event.web;

import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;

/** The form of /organise/event.xhtml that adds a document of the general assembly. */
@Getter
@Setter
public class DocumentForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Size(max = Lengths.TITLE)
    private String title;
    private transient Part file;
}
