package nl.ingrado.portal.question.web;

import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotNull;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** A new version of a document on /adviser/documents.xhtml: which document, and the file. */
@Getter
@Setter
public class VersionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull
    private Long document;

    private transient Part file;
}
