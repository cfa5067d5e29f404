package nl.ingrado.portal.register;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.Db;

/**
 * A provider's request for accreditation as the provider tests make it: the form filled in, its
 * documents as files to upload, and a document of an activity that is someone else's.
 */
final class AccreditationRequests {

    private AccreditationRequests() {
    }

    static void fillRequest(Browser browser, String title) {
        browser.type("form:title", title).type("form:providerName", "Opleidingen Jeugdrecht")
                .type("form:description", "Gespreksvoering bij verzuim, met oefeningen.")
                .type("form:programme", "09:00 theorie\n13:00 oefenen met acteurs").type("form:hours", "5,5")
                .type("form:trainers", "P. van Dijk");
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes();
    }

    static Path file(String name, byte[] content) throws Exception {
        var dir = Files.createTempDirectory("provider-it");
        var path = dir.resolve(name);
        Files.write(path, content);
        return path.toAbsolutePath();
    }

    /** A document attached to {@code activity}, stored by the test and owned by {@code ownerEmail}. */
    static long othersDocument(long activity, String ownerEmail) {
        long file = Db.insert(
                "INSERT INTO register_file (owner_account_id, filename, content_type, size_bytes, content, "
                        + "uploaded_at) SELECT id, 'geheim.pdf', 'application/pdf', 8, '%PDF-1.4', UTC_TIMESTAMP(6) "
                        + "FROM account WHERE email = '" + ownerEmail + "'");
        Db.update("INSERT INTO accreditation_document (activity_id, file_id) VALUES (" + activity + ", "
                + file + ")");
        return file;
    }
}
