package nl.ingrado.portal.event.web;

import jakarta.servlet.http.Part;
import java.io.Serial;
import java.io.Serializable;

/** The form of /organise/event.xhtml that adds a document of the general assembly. */
public class DocumentForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

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
