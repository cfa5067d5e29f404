package nl.ingrado.portal.account.entity;

import java.time.Duration;

/** What an emailed link is for, and how long it stays valid. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
