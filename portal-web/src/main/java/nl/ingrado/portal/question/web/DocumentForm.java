package nl.ingrado.portal.question.web;

import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;

/** A new document on /adviser/documents.xhtml: theme, title, description, audience and its first file. */
@Getter
@Setter
public class DocumentForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    private String theme;

    @NotBlank
    @Size(max = Lengths.TITLE)
    private String title;

    @Size(max = Lengths.NOTE)
    private String description;

    private boolean membersOnly;

    private transient Part file;
}
