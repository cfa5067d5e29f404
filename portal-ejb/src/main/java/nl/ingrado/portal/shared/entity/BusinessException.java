package nl.ingrado.portal.shared.entity;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/**
 * A rule of the portal said no. Carries a message key of the UI bundle (and its arguments) so that
 * the page or the API can tell the user why, in their language. Rolls back the transaction.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** A failure that belongs to one input field of a form. */
    public static BusinessException onField(String field, String messageKey, Object... arguments) {
        return new BusinessException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
