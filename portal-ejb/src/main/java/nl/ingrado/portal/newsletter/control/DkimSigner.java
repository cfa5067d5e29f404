package nl.ingrado.portal.newsletter.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * DKIM signing (RFC 6376: rsa-sha256, relaxed/relaxed) of finished newsletter messages. The message
 * is written once, its exact bytes are signed, and the returned message writes those bytes again
 * behind the signature, so what goes over SMTP is what was signed. Written here rather than taken from
 * a library: the one maintained Jakarta Mail 2 library ({@code org.simplejavamail:utils-mail-dkim})
 * shares one {@code Signature} object between threads, copies each message twice and brings 10 MB of
 * BouncyCastle. A signer is immutable and may be used by all sending threads at once.
 */
public final class DkimSigner {

    private static final Logger LOG = Logger.getLogger(DkimSigner.class.getName());

    /** What {@code SMTPTransport} leaves out when it writes a message. */
    private static final String[] TRANSPORT_IGNORES = {"Bcc", "Content-Length"};

    /**
     * Signed when present; a name that occurs twice is signed twice. Received, Return-Path and the like
     * are left out: relays add and change them.
     */
    static final List<String> SIGNED_HEADERS = List.of("From", "Sender", "Reply-To", "To", "Cc", "Subject",
            "Date", "Message-ID", "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version",
            "Content-Type", "Content-Transfer-Encoding", "X-Ingrado-Delivery");

    private static final Pattern DOMAIN = Pattern
            .compile("(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final Pattern SELECTOR = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9._-]{0,62})");

    private final String domain;
    private final String selector;
    private final RSAPrivateKey key;
    private final Clock clock;

    DkimSigner(String domain, String selector, RSAPrivateKey key, Clock clock) {
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("DKIM domain is not a domain name: " + domain);
        }
        if (!SELECTOR.matcher(selector).matches()) {
            throw new IllegalArgumentException("DKIM selector is not a valid selector: " + selector);
        }
        if (key.getModulus().bitLength() < 1024) {
            // RFC 8301: verifiers ignore signatures with shorter keys
            throw new IllegalArgumentException("DKIM key has " + key.getModulus().bitLength()
                    + " bits; at least 1024 (better 2048) are needed");
        }
        this.domain = domain.toLowerCase(Locale.ROOT);
        this.selector = selector;
        this.key = key;
        this.clock = clock;
    }

    public static DkimSigner of(String domain, String selector, RSAPrivateKey key) {
        return new DkimSigner(domain, selector, key, Clock.systemUTC());
    }

    /**
     * The signer for the configured domain, selector and key file; empty when one of them is not set. A
     * key file that cannot be read or is not a PKCS#8 RSA key throws, with a message that says how to
     * fix it: signing must not silently stop.
     */
    public static Optional<DkimSigner> fromSettings(NewsletterSettings settings) {
        var domain = settings.dkimDomain();
        var selector = settings.dkimSelector();
        var keyFile = settings.dkimKeyFile();
        if (domain.isEmpty() || selector.isEmpty() || keyFile.isEmpty()) {
            if (domain.isPresent() || selector.isPresent() || keyFile.isPresent()) {
                LOG.warning("DKIM signing is off: portal.newsletter.dkim.domain, .selector and .key-file "
                        + "must all be set");
            }
            return Optional.empty();
        }
        try {
            var signer = of(domain.get().trim(), selector.get().trim(),
                    readKey(Path.of(keyFile.get().trim())));
            LOG.info(() -> "DKIM signing on: d=" + signer.domain + ", s=" + signer.selector + ", "
                    + signer.key.getModulus().bitLength() + "-bit RSA key from " + keyFile.get());
            return Optional.of(signer);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            var message = "Newsletter DKIM key " + keyFile.get() + " cannot be used: " + e.getMessage();
            LOG.severe(message);
            throw new IllegalStateException(message, e);
        }
    }

    /**
     * Reads a PKCS#8 RSA private key, PEM ({@code -----BEGIN PRIVATE KEY-----}) or DER. Other formats
     * are refused with the command that converts them.
     */
    public static RSAPrivateKey readKey(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file (" + e + ")", e);
        }
        var convert = "; convert it with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out dkim.pem";
        var text = new String(bytes, StandardCharsets.US_ASCII);
        byte[] der = bytes;
        if (text.contains("-----BEGIN")) {
            if (text.contains("-----BEGIN RSA PRIVATE KEY-----")) {
                throw new IllegalArgumentException("it is a PKCS#1 key (BEGIN RSA PRIVATE KEY)" + convert);
            }
            if (text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
                throw new IllegalArgumentException("the key is encrypted; it must be unencrypted" + convert);
            }
            int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
            int end = text.indexOf("-----END PRIVATE KEY-----");
            if (begin < 0 || end < begin) {
                throw new IllegalArgumentException("no PEM block BEGIN PRIVATE KEY found" + convert);
            }
            try {
                der = Base64.getMimeDecoder()
                        .decode(text.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the PEM block is not valid Base64", e);
            }
        }
        try {
            var key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            if (!(key instanceof RSAPrivateKey rsa)) {
                throw new IllegalArgumentException("not an RSA key");
            }
            return rsa;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "not a PKCS#8 RSA private key (" + e.getMessage() + ")" + convert,
                    e);
        }
    }

    public String domain() {
        return domain;
    }

    public String selector() {
        return selector;
    }

    /**
     * The message with a {@code DKIM-Signature} in front, frozen: it writes exactly the signed bytes and
     * ignores {@code saveChanges()}. The message must be complete (its {@code saveChanges()} called).
     * Its envelope settings (an {@code SMTPMessage}'s envelope sender, DSN options) are kept.
     */
    public MimeMessage sign(MimeMessage message) throws MessagingException {
        byte[] raw;
        try {
            var out = new ByteArrayOutputStream(16 * 1024);
            // the Transport converts bare line ends to CRLF on the wire; sign what it will send
            message.writeTo(new CrlfOutputStream(out), TRANSPORT_IGNORES);
            raw = out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("Cannot write the message for signing", e);
        }
        int bodyStart = bodyStart(raw);
        var fields = fields(raw, bodyStart < 0 ? raw.length : bodyStart - 2);
        byte[] bodyHash = sha256(RelaxedCanonical.body(raw, bodyStart < 0 ? raw.length : bodyStart));

        var names = new StringBuilder();
        var signedHeaders = new ByteArrayOutputStream(2048);
        for (var name : SIGNED_HEADERS) {
            // instances of a repeated header are signed from the last one up (RFC 6376 5.4.2)
            for (int i = fields.size() - 1; i >= 0; i--) {
                var field = fields.get(i);
                if (field.name().equalsIgnoreCase(name)) {
                    names.append(names.isEmpty() ? "" : ":").append(name);
                    signedHeaders.writeBytes(RelaxedCanonical.header(field.text()));
                }
            }
        }
        var unsigned = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain + "; s=" + selector
                + "; t=" + clock.instant().getEpochSecond() + ";\r\n\th=" + fold(names.toString(), ':')
                + ";\r\n\tbh=" + Base64.getEncoder().encodeToString(bodyHash) + ";\r\n\tb=";
        byte[] canonicalSignature = RelaxedCanonical.header(unsigned);
        // the signature header itself is signed without its final CRLF (RFC 6376 3.7)
        signedHeaders.write(canonicalSignature, 0, canonicalSignature.length - 2);
        String b;
        try {
            var rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signedHeaders.toByteArray());
            b = Base64.getEncoder().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new MessagingException("DKIM signing failed", e);
        }
        var header = (unsigned + foldBase64(b) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        var signed = new byte[header.length + raw.length];
        System.arraycopy(header, 0, signed, 0, header.length);
        System.arraycopy(raw, 0, signed, header.length, raw.length);
        return SignedMessages.of(message, signed);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Index just after the CRLF CRLF that ends the header, or -1 when there is no body. */
    static int bodyStart(byte[] raw) {
        for (int i = 0; i + 3 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n' && raw[i + 2] == '\r' && raw[i + 3] == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    record Field(String name, String text) {
    }

    /** The header fields, each with its folding and final CRLF, as bytes 1:1 in a Latin-1 string. */
    static List<Field> fields(byte[] raw, int headerEnd) {
        var text = new String(raw, 0, Math.max(0, headerEnd), StandardCharsets.ISO_8859_1);
        var fields = new ArrayList<Field>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (true) {
                int crlf = text.indexOf("\r\n", end);
                if (crlf < 0) {
                    end = text.length();
                    break;
                }
                end = crlf + 2;
                if (end >= text.length() || (text.charAt(end) != ' ' && text.charAt(end) != '\t')) {
                    break;
                }
            }
            var field = text.substring(start, end);
            int colon = field.indexOf(':');
            if (colon > 0) {
                fields.add(new Field(field.substring(0, colon).strip(),
                        field.endsWith("\r\n") ? field : field + "\r\n"));
            }
            start = end;
        }
        return fields;
    }

    /** Folds a long h= list after a separator, lines kept under 78 characters. */
    private static String fold(String value, char separator) {
        var out = new StringBuilder();
        int line = 10;
        for (var part : value.split(Pattern.quote(String.valueOf(separator)))) {
            if (!out.isEmpty()) {
                out.append(separator);
                line++;
                if (line + part.length() > 72) {
                    out.append("\r\n\t ");
                    line = 2;
                }
            }
            out.append(part);
            line += part.length();
        }
        return out.toString();
    }

    /** b= may be folded anywhere (its whitespace is ignored by verifiers). */
    private static String foldBase64(String b) {
        var out = new StringBuilder(b.length() + b.length() / 64 * 4);
        for (int i = 0; i < b.length(); i += 72) {
            if (i > 0) {
                out.append("\r\n\t ");
            }
            out.append(b, i, Math.min(b.length(), i + 72));
        }
        return out.toString();
    }

    /** Bare CR or LF become CRLF, as the SMTP transport does on the wire. */
    static final class CrlfOutputStream extends OutputStream {
        private final OutputStream out;
        private int last = -1;

        CrlfOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (b == '\r') {
                out.write('\r');
                out.write('\n');
            } else if (b == '\n') {
                if (last != '\r') {
                    out.write('\r');
                    out.write('\n');
                }
            } else {
                out.write(b);
            }
            last = b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int from = off;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\r' || b[i] == '\n') {
                    out.write(b, from, i - from);
                    write(b[i]);
                    from = i + 1;
                } else {
                    last = b[i];
                }
            }
            out.write(b, from, off + len - from);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    /** Relaxed canonicalisation (RFC 6376 3.4.2 and 3.4.4). */
    static final class RelaxedCanonical {
        private RelaxedCanonical() {
        }

        /**
         * One header field (with its folding and CRLF): name lower-cased, unfolded, runs of white space
         * as one space, none around the colon or at the end, then CRLF.
         */
        static byte[] header(String field) {
            int colon = field.indexOf(':');
            var name = field.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            var value = field.substring(colon + 1).replace("\r\n", "");
            var out = new StringBuilder(field.length());
            out.append(name).append(':');
            boolean space = false;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == ' ' || c == '\t') {
                    space = true;
                } else {
                    if (space && out.length() > name.length() + 1) {
                        out.append(' ');
                    }
                    space = false;
                    out.append(c);
                }
            }
            out.append("\r\n");
            return out.toString().getBytes(StandardCharsets.ISO_8859_1);
        }

        /**
         * The body from {@code start}: white space at line ends removed, other runs as one space, empty
         * lines at the end removed, a non-empty body ending in CRLF.
         */
        static byte[] body(byte[] raw, int start) {
            var out = new byte[raw.length - start + 2];
            int n = 0;
            int emptyLines = 0;
            int i = start;
            while (i < raw.length) {
                int lineEnd = i;
                while (lineEnd < raw.length
                        && !(raw[lineEnd] == '\r' && lineEnd + 1 < raw.length && raw[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                // empty lines are held back (room for their CRLFs is kept) until a non-empty line follows
                int lineStart = n + 2 * emptyLines;
                int m = lineStart;
                boolean space = false;
                for (int j = i; j < lineEnd; j++) {
                    byte c = raw[j];
                    if (c == ' ' || c == '\t') {
                        space = true;
                    } else {
                        if (space) {
                            out[m++] = ' ';
                            space = false;
                        }
                        out[m++] = c;
                    }
                }
                if (m == lineStart) {
                    emptyLines++;
                } else {
                    while (n < lineStart) {
                        out[n++] = '\r';
                        out[n++] = '\n';
                    }
                    n = m;
                    out[n++] = '\r';
                    out[n++] = '\n';
                    emptyLines = 0;
                }
                i = lineEnd + 2;
            }
            return java.util.Arrays.copyOf(out, n);
        }
    }

    /** Makes the frozen copy; an {@code SMTPMessage} stays one, so its envelope sender survives. */
    static final class SignedMessages {
        private SignedMessages() {
        }

        static MimeMessage of(MimeMessage original, byte[] signed) throws MessagingException {
            Session session = original.getSession() != null
                    ? original.getSession()
                    : Session.getInstance(new java.util.Properties());
            for (Class<?> c = original.getClass(); c != null; c = c.getSuperclass()) {
                // by name: the Angus classes are loaded only when the engine already uses them
                if (c.getName().equals("org.eclipse.angus.mail.smtp.SMTPMessage")) {
                    return SignedSmtpMessage.of(session, original, signed);
                }
            }
            return new SignedMessage(session, signed);
        }
    }

    /** A message that writes its signed bytes and nothing else. */
    static final class SignedMessage extends MimeMessage {
        private final byte[] signed;

        SignedMessage(Session session, byte[] signed) throws MessagingException {
            super(session, new SharedByteArrayInputStream(signed));
            this.signed = signed;
        }

        @Override
        public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
            os.write(signed);
        }

        @Override
        public void saveChanges() {
            // frozen: a changed header would break the signature
        }
    }
}
