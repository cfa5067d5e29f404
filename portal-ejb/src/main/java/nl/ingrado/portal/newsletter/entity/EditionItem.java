package nl.ingrado.portal.newsletter.entity;

import java.io.Serializable;
/** An item of an edition. {@code bodyHtml} is stored already sanitised (see {@code SafeHtml}). */
public record EditionItem(long id, long editionId, int position, String title, String bodyHtml,
        String linkUrl,
        Long imageId, String imageAlt) implements Serializable {
}
