package nl.ingrado.portal.newsletter.control;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

/**
 * What a failed send says, and about whom. Only the recipient's own rejection (a bad address, an RCPT
 * reply, a send failure naming nothing but invalid addresses) is charged to the recipient: permanent for
 * 5xx, retried with back-off for 4xx. Anything else is about the server or the sender, the same for every
 * recipient: a 5xx to MAIL FROM, DATA or AUTH ({@link Kind#SERVER_PERMANENT}: pause the edition rather
 * than fail the whole list), or 4xx and broken or refused connections ({@link Kind#SERVER_TEMPORARY}).
 * Reply codes and exception classes of Angus Mail are read by reflection and by name, so the portal does
 * not depend on the mail implementation's classes.
 */
record SmtpFailure(Kind kind, int code, String reason) {

    enum Kind {
        RECIPIENT_PERMANENT, RECIPIENT_TEMPORARY, SERVER_PERMANENT, SERVER_TEMPORARY
    }

    /** Whether the recipient is to blame (its attempt counts). */
    boolean aboutRecipient() {
        return kind == Kind.RECIPIENT_PERMANENT || kind == Kind.RECIPIENT_TEMPORARY;
    }

    static SmtpFailure of(Exception failure) {
        int code = -1;
        int recipientCode = 0; // > 0: an RCPT reply for this recipient was seen
        boolean authentication = false;
        var reason = new StringBuilder();
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 8; depth++) {
            if (t instanceof AddressException) {
                return new SmtpFailure(Kind.RECIPIENT_PERMANENT, -1, limit("bad address: " + t.getMessage()));
            }
            authentication |= t instanceof AuthenticationFailedException;
            int c = returnCode(t);
            if (c > 0) {
                code = c;
                if ("SMTPAddressFailedException".equals(t.getClass().getSimpleName())) {
                    recipientCode = c;
                }
            }
            if (t.getMessage() != null && reason.indexOf(t.getMessage().strip()) < 0) {
                if (!reason.isEmpty()) {
                    reason.append(" / ");
                }
                reason.append(t.getMessage().strip());
            }
            t = t instanceof MessagingException m && m.getNextException() != null
                    ? m.getNextException()
                    : t.getCause();
        }
        Kind kind;
        if (authentication) {
            kind = Kind.SERVER_PERMANENT;
        } else if (recipientCode > 0) {
            code = recipientCode;
            kind = recipientCode >= 500 ? Kind.RECIPIENT_PERMANENT : Kind.RECIPIENT_TEMPORARY;
        } else if (onlyInvalid(failure)) {
            kind = Kind.RECIPIENT_PERMANENT;
        } else if (code >= 500 && code < 600) {
            kind = Kind.SERVER_PERMANENT;
        } else {
            kind = Kind.SERVER_TEMPORARY;
        }
        var text = (code > 0 ? code + " " : "")
                + (reason.isEmpty() ? failure.getClass().getSimpleName() : reason);
        return new SmtpFailure(kind, code, limit(text));
    }

    /** A send failure that names invalid addresses and no valid one: the recipient was refused. */
    private static boolean onlyInvalid(Exception failure) {
        return failure instanceof SendFailedException s && length(s.getInvalidAddresses()) > 0
                && length(s.getValidSentAddresses()) == 0 && length(s.getValidUnsentAddresses()) == 0;
    }

    private static int length(Object[] a) {
        return a == null ? 0 : a.length;
    }

    private static int returnCode(Throwable t) {
        try {
            var m = t.getClass().getMethod("getReturnCode");
            return ((Number) m.invoke(t)).intValue();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    private static String limit(String s) {
        var oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 500 ? oneLine.substring(0, 497) + "..." : oneLine;
    }
}
