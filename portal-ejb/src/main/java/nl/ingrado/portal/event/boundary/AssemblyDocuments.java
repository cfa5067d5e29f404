package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.EventKind;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * The documents of the general assembly that go with a werkconferentie or Algemene Vergadering:
 * PDF only (checked by content, not by name), at most 10 MB each; members read them.
 */
@Stateless
public class AssemblyDocuments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public record Document(long id, String title, String filename, long sizeBytes) {

        public String size() {
            return sizeBytes >= 1024 * 1024
                    ? String.format("%.1f MB", sizeBytes / 1048576.0)
                    : Math.max(1, sizeBytes / 1024) + " kB";
        }
    }

    public record Content(String filename, byte[] bytes) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Document> list(long eventId) {
        return NativeRows.list(em, "SELECT id, title, filename, size_bytes FROM assembly_document "
                + "WHERE event_id = ? ORDER BY id",
                r -> new Document(((Number) r[0]).longValue(), (String) r[1],
                        (String) r[2], ((Number) r[3]).longValue()),
                eventId);
    }

    public long upload(Organiser organiser, long eventId, String title, String filename, byte[] content) {
        var event = em.find(Event.class, eventId);
        organiser.require(event);
        if (event.getKind() != EventKind.WERKCONFERENTIE
                && event.getKind() != EventKind.ALGEMENE_VERGADERING) {
            throw new BusinessException("document.onlyAssembly");
        }
        var cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > Lengths.TITLE) {
            throw BusinessException.onField("documentTitle", "document.title.required");
        }
        if (content == null || content.length == 0) {
            throw BusinessException.onField("documentFile", "document.file.required");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.onField("documentFile", "document.file.tooLarge",
                    MAX_BYTES / 1024 / 1024);
        }
        if (content.length < PDF_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw BusinessException.onField("documentFile", "document.file.notPdf");
        }
        var cleanName = filename == null || filename.isBlank()
                ? "document.pdf"
                : filename.replaceAll("[^A-Za-z0-9._ -]", "_");
        if (cleanName.length() > 200) {
            cleanName = cleanName.substring(cleanName.length() - 200);
        }
        em.createNativeQuery("INSERT INTO assembly_document (event_id, title, filename, content, size_bytes, "
                + "uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?)").setParameter(1, eventId)
                .setParameter(2, cleanTitle).setParameter(3, cleanName).setParameter(4, content)
                .setParameter(5, content.length).setParameter(6, Clocks.nowUtc(clock))
                .setParameter(7, organiser.email()).executeUpdate();
        long id = NativeRows.lastId(em);
        AuditTrail.record(em, "event", eventId, "DOCUMENT_ADD", organiser.email(), Clocks.nowUtc(clock),
                "document: " + cleanTitle + " (" + cleanName + ", " + content.length + " bytes)");
        return id;
    }

    public void remove(Organiser organiser, long documentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em
                .createNativeQuery("SELECT event_id, title FROM assembly_document WHERE id = ?")
                .setParameter(1, documentId).getResultList();
        if (found.isEmpty()) {
            throw new BusinessException("document.notFound");
        }
        long eventId = ((Number) found.get(0)[0]).longValue();
        organiser.require(em.find(Event.class, eventId));
        em.createNativeQuery("DELETE FROM assembly_document WHERE id = ?").setParameter(1, documentId)
                .executeUpdate();
        AuditTrail.record(em, "event", eventId, "DOCUMENT_REMOVE", organiser.email(), Clocks.nowUtc(clock),
                "document: " + found.get(0)[1]);
    }

    public Optional<Content> content(long documentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em
                .createNativeQuery("SELECT filename, content FROM assembly_document WHERE id = ?")
                .setParameter(1, documentId).getResultList();
        return found.stream().findFirst().map(r -> new Content((String) r[0], (byte[]) r[1]));
    }
}
