package nl.ingrado.portal.register.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import nl.ingrado.portal.register.control.Uploads;
import nl.ingrado.portal.shared.entity.BusinessException;

/** An uploaded file read from a form, refused before reading when it is over the limit. */
record Upload(String name, byte[] content) {

    static Upload of(Part part, String field) throws IOException {
        if (part == null || part.getSize() == 0) {
            return new Upload(null, null);
        }
        if (part.getSize() > Uploads.MAX_BYTES) {
            throw BusinessException.onField(field, "krsd.file.tooLarge", Uploads.MAX_BYTES / 1024 / 1024);
        }
        try (var in = part.getInputStream()) {
            return new Upload(part.getSubmittedFileName(), in.readAllBytes());
        }
    }
}
