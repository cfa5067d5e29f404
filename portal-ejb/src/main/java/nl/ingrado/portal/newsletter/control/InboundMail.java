package nl.ingrado.portal.newsletter.control;

/**
 * What a message in the bounce mailbox turned out to be (see {@link BounceParser}).
 *
 * @param kind what to do with it
 * @param mailboxId the message's Message-ID, or a hash of its bytes when it has none; processed once
 * @param recipient the address that failed (lower case), when the bounce names one
 * @param statusCode the enhanced status code (RFC 3463), e.g. {@code 5.1.1}
 * @param diagnostic the receiving server's words, shortened
 * @param editionId the edition of the bounced message, from its returned headers
 * @param subscriberId the subscriber of the bounced message, from its returned headers
 * @param deliveryMac the MAC of that delivery mark (not yet verified); null when the mark had none, and
 *        a mark without a valid MAC names nothing (see {@code UnsubscribeTokens#verifyDelivery})
 * @param token for {@link Kind#UNSUBSCRIBE}: the unsubscribe token found (not yet verified)
 * @param sender the From address of the message
 */
public record InboundMail(Kind kind, String mailboxId, String recipient, String statusCode, String diagnostic,
        Long editionId, Long subscriberId, String deliveryMac, String token, String sender) {

    public enum Kind {
        /** The address does not exist or will never accept mail. */
        HARD_BOUNCE,
        /** Temporary or not about the address (mailbox full, message refused as too big, policy). */
        SOFT_BOUNCE,
        /** An unsubscribe request sent to the List-Unsubscribe mailto address. */
        UNSUBSCRIBE,
        /** Anything else: an auto-reply, a delay warning, a person writing. Left in the mailbox. */
        OTHER
    }

    /** The same report counted as a soft bounce, with a note before its diagnostic saying why. */
    public InboundMail asSoft(String note) {
        var detail = diagnostic == null || diagnostic.isBlank() ? note : note + ": " + diagnostic;
        return new InboundMail(Kind.SOFT_BOUNCE, mailboxId, recipient, statusCode, detail, editionId,
                subscriberId, deliveryMac, token, sender);
    }

    public boolean isBounce() {
        return kind == Kind.HARD_BOUNCE || kind == Kind.SOFT_BOUNCE;
    }

    /** The text staff read for a stopped address, e.g. "Onbestelbaar (5.1.1): user unknown". */
    public String reason() {
        var detail = diagnostic == null || diagnostic.isBlank() ? "geen toelichting" : diagnostic;
        var text = kind == Kind.HARD_BOUNCE
                ? "Onbestelbaar" + (statusCode == null ? "" : " (" + statusCode + ")") + ": " + detail
                : "Tijdelijke fout" + (statusCode == null ? "" : " (" + statusCode + ")") + ": " + detail;
        return text.length() > 500 ? text.substring(0, 497) + "..." : text;
    }
}
