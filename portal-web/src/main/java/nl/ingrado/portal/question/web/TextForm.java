package nl.ingrado.portal.question.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.question.entity.NoPersonalData;
import nl.ingrado.portal.shared.entity.Lengths;

/** One text added to a question: a member's follow-up, an adviser's note or answer. */
@Getter
@Setter
public class TextForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Lengths.QUESTION_TEXT)
    @NoPersonalData
    private String text;
}
