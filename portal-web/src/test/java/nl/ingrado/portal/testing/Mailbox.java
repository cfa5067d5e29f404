package nl.ingrado.portal.testing;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The mails the portal sent during the test run, as GreenMail caught them: waiting for one to a
 * recipient, the token link it holds, how many a recipient got. Browser tests reach these through
 * {@link Browser} as well.
 */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+token=[A-Za-z0-9_-]+");

    private Mailbox() {
    }

    /** Waits for a mail to {@code recipient} whose body holds a token link, and returns that link. */
    public static String linkMailedTo(String recipient, String subjectPart) {
        var matcher = LINK.matcher(mailTo(recipient, subjectPart));
        if (!matcher.find()) {
            throw new AssertionError("the mail '" + subjectPart + "' to " + recipient + " holds no link");
        }
        return matcher.group();
    }

    /** Waits for a mail to {@code recipient} with {@code subjectPart} in its subject; returns its body. */
    public static String mailTo(String recipient, String subjectPart) {
        var greenMail = TestEnvironment.greenMail();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                try {
                    if (Arrays.stream(message.getAllRecipients())
                            .anyMatch(a -> a.toString().equals(recipient))
                            && message.getSubject().contains(subjectPart)) {
                        return textOf(message);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail '" + subjectPart + "' arrived for " + recipient);
    }

    /** The text of a mail: the body, or every part of a multipart mail (e.g. text plus .ics) joined. */
    static String textOf(Part part) throws Exception {
        var content = part.getContent();
        if (content instanceof Multipart multipart) {
            var text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        if (content instanceof InputStream stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
        return content.toString();
    }

    public static long mailCountFor(String recipient) {
        return Arrays.stream(TestEnvironment.greenMail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
            } catch (Exception e) {
                return false;
            }
        }).count();
    }
}
