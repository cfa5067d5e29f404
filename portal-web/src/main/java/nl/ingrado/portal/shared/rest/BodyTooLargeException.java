package nl.ingrado.portal.shared.rest;

import java.io.Serial;

/** A request body longer than the call takes: a 413 problem that says the limit. */
public class BodyTooLargeException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int maxBytes;

    public BodyTooLargeException(int maxBytes) {
        super("body larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }
}
