package nl.ingrado.portal.newsletter.web;

import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.newsletter.boundary.Editions;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.UploadedFile;

/** The item form of /staff/newsletter/edition.xhtml: a new item, or the one opened with {@code &item=}. */
@Getter
@Setter
public class ItemForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Size(max = Lengths.TITLE)
    private String title;

    @Size(max = Lengths.ITEM_BODY)
    private String body;

    @Size(max = Lengths.LINK)
    private String link;
    private transient Part image;

    @Size(max = Lengths.IMAGE_ALT)
    private String imageAlt;
    private boolean removeImage;

    void fill(EditionItem item) {
        title = item.title();
        body = item.bodyHtml();
        link = item.linkUrl();
        imageAlt = item.imageAlt();
    }

    /** The image chosen, or null when none was. */
    byte[] imageContent() throws IOException {
        var file = UploadedFile.read(image, Editions.MAX_IMAGE_BYTES, "itemImage", "nls.image.tooLarge",
                Editions.MAX_IMAGE_BYTES / 1024 / 1024);
        return file == null ? null : file.content();
    }
}
