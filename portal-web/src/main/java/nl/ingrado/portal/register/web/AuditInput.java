package nl.ingrado.portal.register.web;

import java.math.BigDecimal;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.SessionUser;

/** What the auditor pages share: numbers as people type them, and who is acting. */
final class AuditInput {

    private AuditInput() {
    }

    /** A number typed with a comma or a point; empty is null; anything else is {@code key} on {@code field}. */
    static BigDecimal decimal(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var clean = text.strip().replace(',', '.');
        if (!clean.matches("[-+]?\\d{1,6}(\\.\\d{1,6})?")) {
            throw BusinessException.onField(field, key);
        }
        return new BigDecimal(clean);
    }

    static String actor(CurrentUser currentUser) {
        return currentUser.sessionUser().map(SessionUser::email)
                .orElseThrow(() -> new IllegalStateException("not logged in"));
    }
}
