package nl.ingrado.portal.register.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import nl.ingrado.portal.register.control.Uploads;
import nl.ingrado.portal.shared.web.UploadedFile;

/** An uploaded file read from a form, refused before reading when it is over the register's limit. */
record Upload(String name, byte[] content) {

    static Upload of(Part part, String field) throws IOException {
        var file = read(part, field);
        return file == null ? new Upload(null, null) : new Upload(file.name(), file.content());
    }

    /** The file in {@code part}, or null when none was chosen. */
    static UploadedFile read(Part part, String field) throws IOException {
        return UploadedFile.read(part, Uploads.MAX_BYTES, field, "krsd.file.tooLarge",
                Uploads.MAX_BYTES / 1024 / 1024);
    }
}
