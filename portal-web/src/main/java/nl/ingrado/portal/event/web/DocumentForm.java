package nl.ingrado.portal.event.web;

import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import nl.ingrado.portal.shared.entity.Lengths;

/** The form of /organise/event.xhtml that adds a document of the general assembly. */
public class DocumentForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Size(max = Lengths.TITLE)
    private String title;
    private transient Part file;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
