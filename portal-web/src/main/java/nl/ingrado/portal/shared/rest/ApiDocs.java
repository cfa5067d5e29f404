package nl.ingrado.portal.shared.rest;

/** Answers that many operations of the API can give, worded once for the OpenAPI document. */
public final class ApiDocs {

    /** 401 of an operation that needs a caller. */
    public static final String NOT_LOGGED_IN = "Not logged in, or an Authorization header that is not a valid bearer token";

    /** 413 of an operation with a body of the default limit. */
    public static final String TOO_LARGE = "The body is larger than " + JsonRecords.DEFAULT_MAX_BYTES / 1024
            + " KB";

    private ApiDocs() {
    }
}
