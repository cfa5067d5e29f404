package nl.ingrado.portal.question.web;

import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;

/** A new document on /adviser/documents.xhtml: theme, title, description, audience and its first file. */
@Getter
@Setter
public class DocumentForm extends KnowledgeItemForm {

    @Serial
    private static final long serialVersionUID = 1L;

    @Size(max = Lengths.NOTE)
    private String description;

    private transient Part file;
}
