package bg.libpartners.practice;

import bg.libpartners.platform.LibPartnersProperties;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An Atom 1.0 feed of the newest published practices, for other sites and feed readers. */
@Component
public class AtomFeed {

    static final int ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final PracticeService practices;
    private final MessageSource messages;
    private final String baseUrl;

    AtomFeed(PracticeService practices, MessageSource messages, LibPartnersProperties properties) {
        this.practices = practices;
        this.messages = messages;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    public void write(Locale locale, OutputStream out) throws XMLStreamException {
        List<PracticeView> latest = practices.latestPublished(ENTRIES);
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", locale.getLanguage());
        element(xml, "id", baseUrl + "/practices/feed.atom");
        element(xml, "title", messages.getMessage("practice.feed.title", null, locale));
        element(xml, "subtitle", messages.getMessage("practice.feed.subtitle", null, locale));
        link(xml, "self", baseUrl + "/practices/feed.atom", "application/atom+xml");
        link(xml, "alternate", baseUrl + "/practices", "text/html");
        element(
                xml,
                "updated",
                time(latest.isEmpty() ? Instant.EPOCH : latest.get(0).publishedAt()));
        for (var practice : latest) {
            var url = baseUrl + "/practices/" + practice.id();
            xml.writeStartElement("entry");
            element(xml, "id", url);
            element(xml, "title", practice.title());
            link(xml, "alternate", url, "text/html");
            element(xml, "published", time(practice.publishedAt()));
            element(xml, "updated", time(practice.updatedAt()));
            xml.writeStartElement("author");
            element(xml, "name", practice.authorName() == null ? "LibPartners" : practice.authorName());
            xml.writeEndElement();
            element(xml, "summary", practice.summary());
            for (var field : practice.fields()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", field);
                xml.writeAttribute(
                        "label", messages.getMessage("taxonomy.ActivityField." + field, null, field, locale));
            }
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(practice.storyHtml());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant == null ? Instant.EPOCH : instant);
    }
}
