package nl.ingrado.portal.newsletter.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ingrado.portal.newsletter.control.InboundMail.Kind;

/**
 * Reads a message from the bounce mailbox: a delivery status notification (RFC 3464), a bounce in
 * plain words ("550 5.1.1 user unknown", "mailbox full"), an unsubscribe request to the
 * List-Unsubscribe mailto, or something else. The bounced newsletter is recognised by the marks the
 * engine puts in every message ({@code X-Ingrado-Delivery: e12.s34.<mac>}, {@code Message-ID:
 * <nl.e12.s34.<mac>.…>}) wherever the bounce quotes them; the MAC is returned as found, the caller
 * verifies it. Pure: no database, no mailbox.
 */
public final class BounceParser {

    static final Pattern TOKEN = Pattern
            .compile("\\bs\\d{1,18}e\\d{1,18}\\.[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])");
    private static final Pattern DELIVERY = Pattern
            .compile("(?i)X-Ingrado-Delivery:[ \\t]*(?:\\r?\\n[ \\t]+)?e(\\d{1,18})\\.s(\\d{1,18})"
                    + "(?:\\.([A-Za-z0-9_-]{1,64}))?");
    /** {@code <nl.e12.s34.<mac>.<random>@domain>}; an id without a MAC still gives the ids, no MAC. */
    private static final Pattern MESSAGE_ID = Pattern
            .compile("<nl\\.e(\\d{1,18})\\.s(\\d{1,18})\\.(?:([A-Za-z0-9_-]{1,64})\\.)?[^>\\s]*>");
    private static final Pattern STATUS = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    private static final Pattern ADDRESS = Pattern
            .compile(
                    "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern BOUNCE_SENDER = Pattern
            .compile("(?i)^(mailer-daemon|postmaster|mail-daemon)@");
    private static final Pattern BOUNCE_SUBJECT = Pattern
            .compile("(?i)(undeliver|undelivered|delivery status notification"
                    + "|delivery fail|failure notice|returned mail|mail delivery failed|delivery has failed|non[- ]?delivery"
                    + "|unzustellbar|onbestelbaar|niet afgeleverd|kon niet worden bezorgd)");
    private static final Pattern SOFT_WORDS = Pattern
            .compile("(?i)(mailbox (is )?full|over quota|quota exceeded"
                    + "|exceeded (the )?(storage|quota)|insufficient (system )?storage|mailbox.{0,20}quota|out of storage"
                    + "|try again later|temporar(il)?y)");
    private static final Pattern HARD_WORDS = Pattern.compile("(?i)(user unknown|unknown user|no such user"
            + "|user not found|recipient not found|does not exist|doesn'?t exist|invalid recipient|unknown recipient"
            + "|recipient address rejected|address rejected|mailbox unavailable|mailbox not found|no mailbox"
            + "|account (has been )?disabled|no such (domain|mailbox|recipient)|host not found|domain not found)");
    private static final int MAX_TEXT = 256 * 1024;

    private BounceParser() {
    }

    /** What the message is. Never throws for odd content: what cannot be read counts as OTHER. */
    public static InboundMail parse(MimeMessage message) throws MessagingException {
        var mailboxId = mailboxId(message);
        var sender = sender(message);
        var found = new Found();
        try {
            walk(message, found, 0);
        } catch (IOException | MessagingException | RuntimeException e) {
            // a broken part: go on with what was read
            found.broken = true;
        }
        var mark = mark(found.headers + "\n" + found.text);
        if (!found.recipients.isEmpty()) {
            return fromReport(found, mailboxId, sender, mark);
        }
        var subject = message.getSubject();
        var token = firstToken(subject);
        if (token == null && found.firstLine != null) {
            token = firstToken(found.firstLine);
        }
        if (token != null) {
            return new InboundMail(Kind.UNSUBSCRIBE, mailboxId, null, null, null, null, null, null, token,
                    sender);
        }
        return fromText(message, found, mailboxId, sender, subject, mark);
    }

    /** The delivery a bounce names, from the mark the portal put in its message; all null when none. */
    private record Mark(Long edition, Long subscriber, String mac) {
    }

    private static Mark mark(String allText) {
        // the first mark that carries a MAC, else the first at all (its MAC null: it will name nothing)
        var marker = firstMatch(DELIVERY, allText);
        if (marker == null || marker.group(3) == null) {
            var byId = firstMatch(MESSAGE_ID, allText);
            if (byId != null && (marker == null || byId.group(3) != null)) {
                marker = byId;
            }
        }
        return marker == null
                ? new Mark(null, null, null)
                : new Mark(Long.parseLong(marker.group(1)), Long.parseLong(marker.group(2)), marker.group(3));
    }

    /** A delivery status notification: the first recipient whose delivery failed. */
    private static InboundMail fromReport(Found found, String mailboxId, String sender, Mark mark) {
        var failed = found.recipients.stream().filter(BounceParser::failed).findFirst();
        if (failed.isEmpty()) {
            // delayed, relayed or delivered: not a bounce (the server still tries)
            return new InboundMail(Kind.OTHER, mailboxId, null, null, null, mark.edition(), mark.subscriber(),
                    mark.mac(), null, sender);
        }
        var fields = failed.get();
        var status = statusCode(fields.get("status"));
        var diagnostic = diagnostic(fields.get("diagnostic-code"));
        if (status == null) {
            status = statusCode(diagnostic);
        }
        var recipient = address(fields.getOrDefault("final-recipient", fields.get("original-recipient")));
        return new InboundMail(hard(status, diagnostic) ? Kind.HARD_BOUNCE : Kind.SOFT_BOUNCE, mailboxId,
                recipient, status, diagnostic, mark.edition(), mark.subscriber(), mark.mac(), null, sender);
    }

    /** A bounce in free text (no report): known by its sender, subject or failed-recipients header. */
    private static InboundMail fromText(MimeMessage message, Found found, String mailboxId, String sender,
            String subject, Mark mark) throws MessagingException {
        var failedRecipients = message.getHeader("X-Failed-Recipients", ",");
        boolean looksLikeBounce = failedRecipients != null
                || (sender != null && BOUNCE_SENDER.matcher(sender).find())
                || (subject != null && BOUNCE_SUBJECT.matcher(subject).find());
        if (!looksLikeBounce) {
            return new InboundMail(Kind.OTHER, mailboxId, null, null, null, null, null, null, null, sender);
        }
        var line = errorLine(found.text);
        var status = statusCode(line);
        var diagnostic = diagnostic(line);
        var recipient = failedRecipients != null ? address(failedRecipients) : null;
        if (recipient == null) {
            recipient = quotedRecipient(found.headers, found.text, line);
        }
        return new InboundMail(
                hard(status, line == null ? found.text.toString() : line)
                        ? Kind.HARD_BOUNCE
                        : Kind.SOFT_BOUNCE,
                mailboxId, recipient, status, diagnostic, mark.edition(), mark.subscriber(), mark.mac(), null,
                sender);
    }
    /** The message's Message-ID, or a hash of its bytes: the key that makes processing happen once. */
    static String mailboxId(MimeMessage message) throws MessagingException {
        var id = message.getMessageID();
        if (id != null && !id.isBlank() && id.strip().length() <= 300) {
            return id.strip();
        }
        var digest = sha256();
        try {
            if (id != null && !id.isBlank()) {
                digest.update(id.strip().getBytes(StandardCharsets.UTF_8));
            } else {
                var out = new ByteArrayOutputStream();
                message.writeTo(out);
                digest.update(out.toByteArray());
            }
        } catch (IOException e) {
            throw new MessagingException("Cannot read the message", e);
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sender(MimeMessage message) {
        try {
            var from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress a
                    && a.getAddress() != null) {
                return a.getAddress().toLowerCase(Locale.ROOT);
            }
        } catch (MessagingException e) {
            // an unreadable From: no sender
        }
        return null;
    }

    /** What the walk over the parts collects. */
    private static final class Found {
        final StringBuilder text = new StringBuilder();
        final StringBuilder headers = new StringBuilder();
        final List<Map<String, String>> recipients = new ArrayList<>();
        String firstLine;
        boolean broken;
    }

    private static void walk(Part part, Found found, int depth) throws MessagingException, IOException {
        if (depth > 6) {
            return;
        }
        var type = part.getContentType() == null ? "text/plain" : part.getContentType();
        if (part.isMimeType("multipart/*") && part instanceof MimePart mime) {
            // parsed from the raw data: no mailcap handler decides what a report becomes
            var multipart = new MimeMultipart(new MimePartDataSource(mime));
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), found, depth + 1);
            }
        } else if (part.isMimeType("message/delivery-status")
                || part.isMimeType("message/global-delivery-status")) {
            deliveryStatus(read(part, type), found);
        } else if (part.isMimeType("message/rfc822") || part.isMimeType("message/global")) {
            try (var in = part.getInputStream()) {
                var returned = new MimeMessage(null, in);
                appendHeaders(returned.getAllHeaderLines(), found);
                walk(returned, found, depth + 1);
            }
        } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/global-headers")) {
            try (var in = part.getInputStream()) {
                appendHeaders(new InternetHeaders(in).getAllHeaderLines(), found);
            }
        } else if (part.isMimeType("text/*")) {
            var text = read(part, type);
            if (part.isMimeType("text/html")) {
                text = text.replaceAll("(?s)<(script|style).*?</\\1>", " ").replaceAll("<[^>]*>", " ");
            }
            if (found.firstLine == null) {
                found.firstLine = text.strip().lines().findFirst().orElse("");
            }
            if (found.text.length() < MAX_TEXT) {
                found.text.append(text).append('\n');
            }
        }
    }

    private static void appendHeaders(java.util.Enumeration<String> lines, Found found) {
        while (lines.hasMoreElements() && found.headers.length() < MAX_TEXT) {
            found.headers.append(lines.nextElement()).append('\n');
        }
    }

    /** The per-recipient blocks of a delivery-status body, their field names in lower case. */
    private static void deliveryStatus(String body, Found found) {
        var blocks = body.replace("\r\n", "\n").split("\n[ \t]*\n");
        for (var block : blocks) {
            var fields = new LinkedHashMap<String, String>();
            String last = null;
            for (var line : block.split("\n")) {
                if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                    fields.put(last, fields.get(last) + " " + line.strip());
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    fields.putIfAbsent(last, line.substring(colon + 1).strip());
                }
            }
            if (fields.containsKey("final-recipient") || fields.containsKey("original-recipient")) {
                found.recipients.add(fields);
            }
        }
    }

    private static boolean failed(Map<String, String> recipient) {
        var action = recipient.getOrDefault("action", "").strip().toLowerCase(Locale.ROOT);
        if (!action.isEmpty()) {
            return action.startsWith("failed");
        }
        var status = statusCode(recipient.get("status"));
        return status != null && (status.startsWith("5") || status.startsWith("4"));
    }

    static boolean hard(String status, String text) {
        if (text != null && SOFT_WORDS.matcher(text).find()) {
            return false;
        }
        if (status != null) {
            if (!status.startsWith("5")) {
                return false;
            }
            var parts = status.split("\\.");
            int subject = Integer.parseInt(parts[1]);
            int detail = Integer.parseInt(parts[2]);
            // about the address: X.1.x (no such address), X.2.0/X.2.1 (mailbox gone or disabled),
            // X.4.4 (no such domain), X.5.x (protocol, also used for unknown users); mailbox full,
            // message too big, network, content and policy refusals (X.7.x, also spam blocks) are
            // not the address's fault and count as soft
            return switch (subject) {
                case 1, 5 -> true;
                case 2 -> detail == 0 || detail == 1;
                case 4 -> detail == 4;
                case 0 -> text == null || !SOFT_WORDS.matcher(text).find();
                default -> false;
            };
        }
        // no code: the words decide; a bounce that says nothing clear counts as soft, so one of those
        // does not stop mail
        return text != null && HARD_WORDS.matcher(text).find();
    }

    static String statusCode(String text) {
        if (text == null) {
            return null;
        }
        var m = STATUS.matcher(text);
        return m.find() ? m.group(1) + "." + m.group(2) + "." + m.group(3) : null;
    }

    /** "smtp; 550 5.1.1 <x@y>: Recipient address rejected: User unknown" → the words after the codes. */
    static String diagnostic(String raw) {
        if (raw == null) {
            return null;
        }
        var text = raw.replaceAll("\\s+", " ").strip();
        text = text.replaceFirst("(?i)^(smtp|x-[a-z-]+|x-unix)\\s*;\\s*", "");
        text = text.replaceFirst("^[245]\\d\\d[ -]", "").strip();
        text = text.replaceFirst("^\\(?[245]\\.\\d{1,3}\\.\\d{1,3}\\)?\\s*", "").strip();
        text = text.replaceFirst("^#?[245]\\.\\d{1,3}\\.\\d{1,3}\\s*", "").strip();
        text = text.replaceFirst("^-\\s*", "");
        if (text.isEmpty()) {
            text = raw.strip();
        }
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }

    /** The line of a plain-words bounce that tells what went wrong. */
    private static String errorLine(CharSequence text) {
        String withReply = null;
        for (var line : text.toString().lines().toList()) {
            var l = line.strip();
            if (STATUS.matcher(l).find()
                    && (l.matches("(?s).*\\b[45]\\d\\d\\b.*") || HARD_WORDS.matcher(l).find()
                            || SOFT_WORDS.matcher(l).find())) {
                return l;
            }
            if (withReply == null && (HARD_WORDS.matcher(l).find() || SOFT_WORDS.matcher(l).find())) {
                withReply = l;
            }
        }
        return withReply;
    }

    /** The failed address as quoted by a plain-words bounce: near the error, else the original's To. */
    private static String quotedRecipient(CharSequence headers, CharSequence text, String errorLine) {
        if (errorLine != null) {
            var a = address(errorLine);
            if (a != null) {
                return a;
            }
        }
        for (var source : List.of(headers.toString(), text.toString())) {
            var m = Pattern.compile("(?im)^To:[^\\n]*?(" + ADDRESS.pattern() + ")").matcher(source);
            if (m.find()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        // qmail and others put the address alone in angle brackets: "<x@y>:"
        var m = Pattern.compile("(?m)^<(" + ADDRESS.pattern() + ")>:").matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The address in "rfc822; x@y" or "<x@y>" or plain text, lower case. */
    static String address(String text) {
        if (text == null) {
            return null;
        }
        var m = ADDRESS.matcher(text);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    private static String firstToken(String text) {
        if (text == null) {
            return null;
        }
        var m = TOKEN.matcher(text);
        return m.find() ? m.group() : null;
    }

    private static Matcher firstMatch(Pattern pattern, CharSequence text) {
        var m = pattern.matcher(text);
        return m.find() ? m : null;
    }

    private static String read(Part part, String type) throws MessagingException, IOException {
        Charset charset = StandardCharsets.UTF_8;
        try {
            var name = new ContentType(type).getParameter("charset");
            if (name != null) {
                charset = Charset.forName(MimeUtility.javaCharset(name));
            }
        } catch (RuntimeException | MessagingException e) {
            charset = StandardCharsets.ISO_8859_1;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(MAX_TEXT), charset);
        }
    }
}
