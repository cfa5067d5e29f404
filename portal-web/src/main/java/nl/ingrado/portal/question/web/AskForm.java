package nl.ingrado.portal.question.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.question.entity.NoPersonalData;
import nl.ingrado.portal.shared.entity.Lengths;

/** A question as typed on the member's form and the adviser's phone form: theme, title and text. */
@Getter
@Setter
public class AskForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    private String theme;

    @NotBlank
    @Size(max = Lengths.QUESTION_TITLE)
    @NoPersonalData
    private String title;

    @NotBlank
    @Size(max = Lengths.QUESTION_TEXT)
    @NoPersonalData
    private String question;
}
