package nl.ingrado.portal.shared.rest;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.stream.JsonParserFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The one place where the API reads a JSON body: into the record the resource method takes, with a
 * streaming parser, at most {@link JsonLimit} bytes (else 413) and {@link #MAX_DEPTH} levels deep,
 * bound strictly by {@link JsonBinder} and then checked against the record's Jakarta Validation
 * constraints. Every refusal is a 400 problem naming the field, in the caller's language; the
 * message of a constraint is a key of the portal's bundles, written {@code "{key}"}.
 * <p>
 * A body record with constraints declares its canonical constructor in full: the compiler copies the
 * constraints of the components onto the parameters of an implicit (or compact) one, and Payara's
 * OpenAPI scanner fails on constraint annotations on parameters that are not JAX-RS parameters.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonRecords implements MessageBodyReader<Record> {

    /** The body of a call that does not say otherwise: far more than any form of the portal needs. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;

    /** Levels of nesting; the API's bodies need three. */
    public static final int MAX_DEPTH = 32;

    private static final JsonParserFactory PARSERS = JsonProvider.provider().createParserFactory(Map.of());

    private static final class Holder {
        static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        var limit = type.getAnnotation(JsonLimit.class);
        int max = limit == null ? DEFAULT_MAX_BYTES : limit.bytes();
        var length = headers.getFirst("Content-Length");
        if (length != null && length.strip().matches("[0-9]{1,18}") && Long.parseLong(length.strip()) > max) {
            throw new BodyTooLargeException(max);
        }
        var limited = new Limited(body, max);
        Record record;
        try (var parser = PARSERS.createParser(limited, StandardCharsets.UTF_8)) {
            record = new JsonBinder(parser, MAX_DEPTH).read(type);
        } catch (JsonParsingException e) {
            if (limited.exceeded) {
                throw new BodyTooLargeException(max);
            }
            var at = e.getLocation();
            throw at == null
                    ? new BusinessException("problem.json.invalid")
                    : new BusinessException("problem.json.malformed", at.getLineNumber(),
                            at.getColumnNumber());
        } catch (JsonException e) {
            if (limited.exceeded) {
                throw new BodyTooLargeException(max);
            }
            throw new BusinessException("problem.json.invalid");
        }
        validate(record);
        return record;
    }

    /** Checks the record's constraints; the first broken one (by field) is the answer. */
    public static void validate(Object value) {
        Holder.VALIDATOR.validate(value).stream()
                .min(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .ifPresent(JsonRecords::refuse);
    }

    private static void refuse(ConstraintViolation<?> violation) {
        var field = violation.getPropertyPath().toString().replaceAll("\\[(\\d+)]", ".$1")
                .replace("<list element>", "").replaceAll("\\.+$", "");
        var template = violation.getMessageTemplate();
        var attributes = violation.getConstraintDescriptor().getAttributes();
        var kind = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String key;
        if (template.startsWith("{") && !template.startsWith("{jakarta.")) {
            key = template.substring(1, template.length() - 1);
        } else {
            key = switch (kind) {
                case "NotNull", "NotBlank", "NotEmpty" -> "problem.field.required";
                case "Size" -> violation.getInvalidValue() instanceof Collection<?>
                        ? "problem.field.count"
                        : "problem.field.length";
                case "Email", "Pattern" -> "problem.field.format";
                default -> "problem.field.range";
            };
        }
        throw BusinessException.onField(field, key, field, attributes.getOrDefault("min",
                attributes.getOrDefault("value", "")), attributes.getOrDefault("max", ""));
    }

    /** Stops reading once the limit is passed, whatever Content-Length said (or did not say). */
    private static final class Limited extends FilterInputStream {

        private final int max;
        private long read;
        boolean exceeded;

        Limited(InputStream in, int max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                exceeded = true;
                throw new IOException("body larger than " + max + " bytes");
            }
        }
    }
}
