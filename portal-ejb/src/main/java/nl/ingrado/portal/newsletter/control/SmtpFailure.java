package nl.ingrado.portal.newsletter.control;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;

/**
 * Whether a failed send may succeed later. SMTP 5xx and an address SMTP cannot take are permanent;
 * 4xx and broken or refused connections are temporary. The reply code is read by reflection
 * ({@code getReturnCode()} of Angus Mail's SMTP exceptions) so the portal does not depend on the mail
 * implementation's classes.
 */
record SmtpFailure(boolean permanent, int code, String reason) {

    static SmtpFailure of(Exception failure) {
        int code = -1;
        var reason = new StringBuilder();
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 8; depth++) {
            if (t instanceof AddressException) {
                return new SmtpFailure(true, -1, limit("bad address: " + t.getMessage()));
            }
            int c = returnCode(t);
            if (c > 0) {
                code = c;
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
        var text = (code > 0 ? code + " " : "")
                + (reason.isEmpty() ? failure.getClass().getSimpleName() : reason);
        return new SmtpFailure(code >= 500 && code < 600, code, limit(text));
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
