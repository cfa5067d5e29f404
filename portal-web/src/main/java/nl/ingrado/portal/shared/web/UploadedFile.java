package nl.ingrado.portal.shared.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import nl.ingrado.portal.shared.entity.BusinessException;

/** A file uploaded with a form, refused before it is read when it is over its limit. */
public record UploadedFile(String name, byte[] content) {

    /**
     * The file in {@code part}, or null when none was chosen; over {@code maxBytes} it is the message
     * {@code key} (with {@code arguments}) on {@code field}.
     */
    public static UploadedFile read(Part part, long maxBytes, String field, String key, Object... arguments)
            throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > maxBytes) {
            throw BusinessException.onField(field, key, arguments);
        }
        try (var in = part.getInputStream()) {
            return new UploadedFile(part.getSubmittedFileName(), in.readAllBytes());
        }
    }

    /** The content as text: UTF-8 as current spreadsheets export, else Windows-1252 as older Dutch Excel saves. */
    public String text() {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }
}
