package nl.ingrado.portal.newsletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ingrado.portal.mail.boundary.MailTexts;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.shared.control.PortalSettings;

/**
 * Turns an edition into the HTML and plain-text mail from the template in {@code themes/newsletter}.
 * An edition is rendered once per language; only the unsubscribe link differs per recipient, so
 * {@link Rendered#personal} is a string replacement and costs next to nothing per message.
 */
@ApplicationScoped
public class EditionRenderer {

    /** Stands in for the recipient's unsubscribe URL until {@link Rendered#personal}. */
    public static final String UNSUBSCRIBE_MARK = "%%UNSUBSCRIBE_URL%%";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
    private static final String TEMPLATES = "/nl/ingrado/portal/newsletter/template/";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    @Inject
    PortalSettings portal;

    /** The mail of one edition in one language; the unsubscribe URL is still a mark. */
    public record Rendered(String subject, String html, String text) {

        public Rendered personal(String unsubscribeUrl) {
            return new Rendered(subject, html.replace(UNSUBSCRIBE_MARK, escape(unsubscribeUrl)),
                    text.replace(UNSUBSCRIBE_MARK, unsubscribeUrl));
        }
    }

    public Rendered render(Edition edition, List<EditionItem> items, String language) {
        var lang = "en".equals(language) ? "en" : "nl";
        var locale = Locale.forLanguageTag(lang);
        var when = edition.scheduledAt() != null
                ? edition.scheduledAt()
                : edition.queuedAt() != null ? edition.queuedAt() : LocalDateTime.now();
        var date = when.toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        var base = portal.baseUrl();
        var webUrl = base + "/newsletter/edition.xhtml?id=" + edition.id();

        var rendered = items(items, base, lang);
        var intro = edition.intro() == null || edition.intro().isBlank() ? "" : edition.intro().strip();
        var common = Map.of(
                "lang", lang,
                "masthead", MailTexts.text(lang, "newsletter.masthead"),
                "date", date,
                "footerWhy", MailTexts.text(lang, "newsletter.footer.why"),
                "footerWeb", MailTexts.text(lang, "newsletter.footer.web"),
                "footerUnsubscribe", MailTexts.text(lang, "newsletter.footer.unsubscribe"));

        var html = new java.util.HashMap<String, String>();
        common.forEach((k, v) -> html.put(k, escape(v)));
        html.put("subject", escape(edition.subject()));
        html.put("preheader", escape(preheader(intro, items)));
        html.put("intro", intro.isEmpty()
                ? ""
                : fill(template("intro.html"),
                        Map.of("intro", escape(intro).replace("\n", "<br>"))));
        html.put("items", rendered.html());
        html.put("webUrl", escape(webUrl));
        html.put("unsubscribeUrl", UNSUBSCRIBE_MARK);

        var text = new java.util.HashMap<>(common);
        text.put("subject", edition.subject());
        text.put("intro", intro.isEmpty() ? "" : intro + "\n");
        text.put("items", rendered.text());
        text.put("webUrl", webUrl);
        text.put("unsubscribeUrl", UNSUBSCRIBE_MARK);

        return new Rendered(edition.subject(), fill(template("edition.html"), html),
                fill(template("edition.txt"), text).replaceAll("\\n{3,}", "\n\n"));
    }

    /** The items of an edition, as HTML and as plain text. */
    private record Items(String html, String text) {
    }

    private Items items(List<EditionItem> items, String base, String lang) {
        var htmlItems = new StringBuilder();
        var textItems = new StringBuilder();
        for (var item : items) {
            var image = item.imageId() == null
                    ? ""
                    : fill(template("item-image.html"), Map.of(
                            "src", escape(base + "/newsletter/image?id=" + item.imageId()),
                            "alt", escape(item.imageAlt() == null ? "" : item.imageAlt())));
            var label = MailTexts.text(lang, "newsletter.readMore");
            var link = item.linkUrl() == null
                    ? ""
                    : fill(template("item-link.html"),
                            Map.of("href", escape(item.linkUrl()), "label", escape(label)));
            htmlItems.append(fill(template("item.html"), Map.of(
                    "title", escape(item.title()), "image", image, "body", item.bodyHtml(), "link", link)));
            textItems.append(fill(template("item.txt"), Map.of(
                    "title", item.title(), "body", SafeHtml.toText(item.bodyHtml()),
                    "link", item.linkUrl() == null ? "" : label + ": " + item.linkUrl() + "\n")));
        }
        return new Items(htmlItems.toString(), textItems.toString());
    }

    private static String preheader(String intro, List<EditionItem> items) {
        var source = !intro.isEmpty()
                ? intro
                : items.isEmpty() ? "" : items.get(0).title();
        return source.length() > 140 ? source.substring(0, 137) + "..." : source;
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder(template.length() + 1024);
        while (m.find()) {
            var value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String template(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (var in = EditionRenderer.class.getResourceAsStream(TEMPLATES + n)) {
                if (in == null) {
                    throw new IllegalStateException("Newsletter template missing: " + n);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static String escape(String s) {
        var out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
