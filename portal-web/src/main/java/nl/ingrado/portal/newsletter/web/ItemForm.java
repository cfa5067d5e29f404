package nl.ingrado.portal.newsletter.web;

import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import nl.ingrado.portal.newsletter.boundary.Editions;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.UploadedFile;

/** The item form of /staff/newsletter/edition.xhtml: a new item, or the one opened with {@code &item=}. */
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }

    public boolean isRemoveImage() {
        return removeImage;
    }

    public void setRemoveImage(boolean removeImage) {
        this.removeImage = removeImage;
    }
}
