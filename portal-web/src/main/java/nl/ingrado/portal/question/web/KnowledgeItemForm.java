package nl.ingrado.portal.question.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.shared.entity.Lengths;

/** What an article and a document of the knowledge base both carry: a theme, a title and who may read it. */
@Getter
@Setter
public abstract class KnowledgeItemForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    private String theme;

    @NotBlank
    @Size(max = Lengths.TITLE)
    private String title;

    private boolean membersOnly;
}
