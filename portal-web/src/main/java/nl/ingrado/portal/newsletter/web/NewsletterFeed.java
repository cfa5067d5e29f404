package nl.ingrado.portal.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.ingrado.portal.newsletter.boundary.Archive;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.web.FileResponses;

/**
 * {@code /newsletter/rss.xml} (RSS 2.0) and {@code /newsletter/atom.xml} (Atom): the sent editions,
 * newest first, with absolute links to their web pages. Written by a StAX writer, so every text is
 * escaped; times are the moment sending finished.
 */
@WebServlet({"/newsletter/rss.xml", "/newsletter/atom.xml"})
public class NewsletterFeed extends HttpServlet {

    static final int MAX = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    Archive archive;

    @Inject
    PortalSettings portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var editions = archive.sent(MAX);
        var out = new ByteArrayOutputStream();
        boolean atom = request.getServletPath().endsWith("atom.xml");
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            if (atom) {
                atom(xml, editions);
            } else {
                rss(xml, editions);
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        FileResponses.send(response,
                (atom ? "application/atom+xml" : "application/rss+xml") + "; charset=UTF-8",
                "public, max-age=600", out.toByteArray());
    }

    private void rss(XMLStreamWriter xml, List<Edition> editions) throws XMLStreamException {
        var base = portal.baseUrl();
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("atom", ATOM);
        xml.writeStartElement("channel");
        element(xml, "title", title());
        element(xml, "link", base + "/newsletter/index.xhtml");
        element(xml, "description", Texts.get(Texts.DUTCH, "newsletter.feed.description"));
        element(xml, "language", "nl");
        xml.writeEmptyElement("atom", "link", ATOM);
        xml.writeAttribute("href", base + "/newsletter/rss.xml");
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("type", "application/rss+xml");
        if (!editions.isEmpty()) {
            element(xml, "lastBuildDate", rfc1123(editions.get(0).finishedAt()));
        }
        for (var e : editions) {
            var url = url(e);
            xml.writeStartElement("item");
            element(xml, "title", e.subject());
            element(xml, "link", url);
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(url);
            xml.writeEndElement();
            element(xml, "pubDate", rfc1123(e.finishedAt()));
            element(xml, "description", summary(e));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void atom(XMLStreamWriter xml, List<Edition> editions) throws XMLStreamException {
        var base = portal.baseUrl();
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "nl");
        element(xml, "id", base + "/newsletter/atom.xml");
        element(xml, "title", title());
        element(xml, "subtitle", Texts.get(Texts.DUTCH, "newsletter.feed.description"));
        element(xml, "updated", editions.isEmpty()
                ? rfc3339(LocalDateTime.of(2026, 1, 1, 0, 0))
                : rfc3339(editions.get(0).finishedAt()));
        link(xml, base + "/newsletter/atom.xml", "self", "application/atom+xml");
        link(xml, base + "/newsletter/index.xhtml", "alternate", "text/html");
        xml.writeStartElement("author");
        element(xml, "name", "Ingrado");
        xml.writeEndElement();
        for (var e : editions) {
            var url = url(e);
            xml.writeStartElement("entry");
            element(xml, "id", url);
            element(xml, "title", e.subject());
            link(xml, url, "alternate", "text/html");
            element(xml, "updated", rfc3339(e.finishedAt()));
            element(xml, "published", rfc3339(e.finishedAt()));
            element(xml, "summary", summary(e));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private String url(Edition e) {
        return portal.baseUrl() + "/newsletter/edition.xhtml?id=" + e.id();
    }

    private static String title() {
        return Texts.get(Texts.DUTCH, "newsletter.feed.title");
    }

    /** The intro, else the item titles: something to recognise the edition by in a feed reader. */
    private String summary(Edition e) {
        if (e.intro() != null && !e.intro().isBlank()) {
            return e.intro().strip();
        }
        return archive.items(e.id()).stream().map(i -> i.title()).collect(Collectors.joining(" · "));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", href);
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
    }

    private static String rfc1123(LocalDateTime utc) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(utc.atOffset(ZoneOffset.UTC));
    }

    private static String rfc3339(LocalDateTime utc) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(utc.withNano(0).atOffset(ZoneOffset.UTC))
                .replace("+00:00", "Z");
    }
}
