package nl.ingrado.portal.question.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.question.boundary.ArticleEditor.Editor;
import nl.ingrado.portal.question.boundary.KnowledgeBase.Reader;
import nl.ingrado.portal.question.control.DocumentTypes;
import nl.ingrado.portal.question.entity.Theme;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.NativeRows;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * The document list (documentenlijst): PDF, Word and Excel files under a theme, each with versions.
 * The newest version is what a reader downloads; older ones stay downloadable. Members-only documents
 * open only for premium members, staff and advisers; the files are checked by content on upload.
 */
@Stateless
public class KnowledgeDocuments {

    public static final int MAX_BYTES = DocumentTypes.MAX_BYTES;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public record Version(int number, String filename, String contentType, long sizeBytes,
            LocalDateTime uploadedAt) {

        /** "PDF, 120 kB" */
        public String label() {
            return DocumentTypes.label(contentType) + ", " + (sizeBytes >= 1024 * 1024
                    ? String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / 1048576.0)
                    : Math.max(1, sizeBytes / 1024) + " kB");
        }
    }

    /** A document with its versions, newest first. */
    public record Listed(long id, String themeCode, String title, String description, boolean membersOnly,
            boolean locked, LocalDateTime updatedAt, List<Version> versions) {

        public Version newest() {
            return versions.get(0);
        }
    }

    /** What a download sends. */
    public record FileContent(String filename, String contentType, byte[] content) {
    }

    /** The outcome of asking for a file: the file, or refused (it exists, but is for members), or nothing. */
    public record Download(Optional<FileContent> file, boolean refused) {
    }

    /**
     * The documents, by theme and title; {@code themeCode} null for all. Members-only ones are listed
     * for everyone ({@code locked} for those who may not open them) unless {@code openOnly}.
     */
    public List<Listed> list(String themeCode, Reader reader, boolean openOnly) {
        return list(themeCode, null, reader, openOnly);
    }

    /** One document as the list shows it, read by its id alone. */
    public Optional<Listed> find(long id, Reader reader) {
        return list(null, id, reader, false).stream().findFirst();
    }

    private List<Listed> list(String themeCode, Long id, Reader reader, boolean openOnly) {
        var theme = themeCode == null || themeCode.isBlank() ? null : themeCode.strip();
        var documents = new LinkedHashMap<Long, Listed>();
        NativeRows.list(em,
                "SELECT d.id, d.theme_code, d.title, d.description, d.members_only, d.updated_at, "
                        + "v.version_no, v.filename, v.content_type, v.size_bytes, v.uploaded_at FROM knowledge_document d "
                        + "JOIN knowledge_document_version v ON v.document_id = d.id "
                        + "WHERE (? IS NULL OR d.theme_code = ?) AND (? IS NULL OR d.id = ?) "
                        + "AND (? OR d.members_only = FALSE) "
                        + "ORDER BY d.theme_code, d.title, d.id, v.version_no DESC",
                r -> {
                    long documentId = ((Number) r[0]).longValue();
                    boolean membersOnly = Columns.flag(r[4]);
                    var listed = documents.computeIfAbsent(documentId,
                            k -> new Listed(documentId, (String) r[1], (String) r[2],
                                    (String) r[3], membersOnly, membersOnly && !reader.membersOnly(),
                                    Columns.dateTime(r[5]), new ArrayList<>()));
                    listed.versions()
                            .add(new Version(((Number) r[6]).intValue(), (String) r[7], (String) r[8],
                                    ((Number) r[9]).longValue(), Columns.dateTime(r[10])));
                    return listed;
                },
                theme, theme, id, id, !openOnly || reader.membersOnly());
        return documents.values().stream()
                .map(d -> new Listed(d.id(), d.themeCode(), d.title(), d.description(),
                        d.membersOnly(), d.locked(), d.updatedAt(), List.copyOf(d.versions())))
                .toList();
    }

    /** A version of a document ({@code number} null: the newest) for {@code reader}. */
    public Download download(long documentId, Integer number, Reader reader) {
        var found = NativeRows.first(em, "SELECT d.members_only, v.filename, v.content_type, v.content "
                + "FROM knowledge_document d JOIN knowledge_document_version v ON v.document_id = d.id "
                + "WHERE d.id = ? AND (? IS NULL OR v.version_no = ?) ORDER BY v.version_no DESC LIMIT 1",
                r -> new Object[]{Columns.flag(r[0]), new FileContent((String) r[1], (String) r[2],
                        (byte[]) r[3])},
                documentId, number, number);
        if (found.isEmpty()) {
            return new Download(Optional.empty(), false);
        }
        if ((Boolean) found.get()[0] && !reader.membersOnly()) {
            return new Download(Optional.empty(), true);
        }
        return new Download(Optional.of((FileContent) found.get()[1]), false);
    }

    /** A new document with its first version; its id. */
    public long add(Editor editor, String themeCode, String title, String description, boolean membersOnly,
            String filename, byte[] content) {
        var cleanTitle = title(themeCode, title);
        var cleanDescription = description(description);
        var type = checked(content);
        var now = Clocks.nowUtc(clock);
        em.createNativeQuery("INSERT INTO knowledge_document (theme_code, title, description, members_only, "
                + "created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, themeCode).setParameter(2, cleanTitle).setParameter(3, cleanDescription)
                .setParameter(4, membersOnly).setParameter(5, now).setParameter(6, editor.email())
                .setParameter(7, now).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        storeVersion(editor, id, 1, filename, type, content, now);
        return id;
    }

    /** New theme, title, description or audience of a document; its files stay as they are. */
    public void edit(Editor editor, long documentId, String themeCode, String title, String description,
            boolean membersOnly) {
        var cleanTitle = title(themeCode, title);
        var cleanDescription = description(description);
        var now = Clocks.nowUtc(clock);
        int changed = em
                .createNativeQuery(
                        "UPDATE knowledge_document SET theme_code = ?, title = ?, description = ?, "
                                + "members_only = ?, updated_at = ? WHERE id = ?")
                .setParameter(1, themeCode)
                .setParameter(2, cleanTitle).setParameter(3, cleanDescription).setParameter(4, membersOnly)
                .setParameter(5, now).setParameter(6, documentId).executeUpdate();
        if (changed == 0) {
            throw new BusinessException("kbdocument.notFound");
        }
        AuditTrail.record(em, "knowledge_document", documentId, "DOCUMENT_EDIT", editor.email(), now,
                cleanTitle + (membersOnly ? " (members only)" : " (public)"));
    }

    private String title(String themeCode, String title) {
        if (themeCode == null || em.find(Theme.class, themeCode) == null) {
            throw BusinessException.onField("theme", "kbdocument.theme.required");
        }
        var cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > Lengths.TITLE) {
            throw BusinessException.onField("title", "kbdocument.title.required", Lengths.TITLE);
        }
        return cleanTitle;
    }

    private static String description(String description) {
        var cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > Lengths.NOTE) {
            throw BusinessException.onField("description", "kbdocument.description.tooLong", Lengths.NOTE);
        }
        return cleanDescription;
    }

    /** A new version of a document: from now on the default download. */
    public int addVersion(Editor editor, long documentId, String filename, byte[] content) {
        var type = checked(content);
        // the row lock orders two uploads at once, so each gets its own number
        if (em.createNativeQuery("SELECT id FROM knowledge_document WHERE id = ? FOR UPDATE")
                .setParameter(1, documentId).getResultList().isEmpty()) {
            throw new BusinessException("kbdocument.notFound");
        }
        int number = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(version_no), 0) + 1 FROM "
                + "knowledge_document_version WHERE document_id = ?").setParameter(1, documentId)
                .getSingleResult()).intValue();
        var now = Clocks.nowUtc(clock);
        storeVersion(editor, documentId, number, filename, type, content, now);
        em.createNativeQuery("UPDATE knowledge_document SET updated_at = ? WHERE id = ?").setParameter(1, now)
                .setParameter(2, documentId).executeUpdate();
        return number;
    }

    private void storeVersion(Editor editor, long documentId, int number, String filename, String type,
            byte[] content, LocalDateTime now) {
        var name = DocumentTypes.cleanName(filename, type);
        em.createNativeQuery("INSERT INTO knowledge_document_version (document_id, version_no, filename, "
                + "content_type, size_bytes, content, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, documentId).setParameter(2, number).setParameter(3, name)
                .setParameter(4, type)
                .setParameter(5, content.length).setParameter(6, content).setParameter(7, now)
                .setParameter(8, editor.email()).executeUpdate();
        AuditTrail.record(em, "knowledge_document", documentId, "DOCUMENT_VERSION", editor.email(), now,
                "version " + number + ": " + name + " (" + content.length + " bytes)");
    }

    /** The content type of an acceptable file; refused when missing, too large or not PDF, DOCX or XLSX. */
    private static String checked(byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessException.onField("file", "kbdocument.file.required");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.onField("file", "kbdocument.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        return DocumentTypes.contentType(content)
                .orElseThrow(() -> BusinessException.onField("file", "kbdocument.file.type"));
    }
}
