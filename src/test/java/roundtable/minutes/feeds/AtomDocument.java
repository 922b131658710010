package roundtable.minutes.feeds;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An Atom feed read back with the JDK's own XML parser, which shares no code with Rome, the
 * writer: what a feed reader would see, checked element by element. Public for the XSS test's feed check.
 */
public record AtomDocument(Element feed) {

    static final String NS = "http://www.w3.org/2005/Atom";

    public static AtomDocument parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document =
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element root = document.getDocumentElement();
            if (!NS.equals(root.getNamespaceURI()) || !"feed".equals(root.getLocalName())) {
                throw new IllegalArgumentException("Not an Atom feed: " + root.getTagName());
            }
            return new AtomDocument(root);
        } catch (Exception e) {
            throw new IllegalStateException("The feed does not parse as XML", e);
        }
    }

    String title() {
        return text(feed, "title");
    }

    String id() {
        return text(feed, "id");
    }

    String language() {
        return feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
    }

    OffsetDateTime updated() {
        return OffsetDateTime.parse(text(feed, "updated"));
    }

    Optional<String> link(String rel) {
        return link(feed, rel);
    }

    public List<AtomEntry> entries() {
        List<AtomEntry> entries = new ArrayList<>();
        for (Element e : children(feed, "entry")) {
            entries.add(new AtomEntry(
                    text(e, "id"),
                    text(e, "title"),
                    link(e, "alternate").orElse(null),
                    OffsetDateTime.parse(text(e, "updated")),
                    text(e, "summary"),
                    text(e, "content"),
                    children(e, "content").stream()
                            .findFirst()
                            .map(c -> c.getAttribute("type"))
                            .orElse(null)));
        }
        return entries;
    }

    public record AtomEntry(
            String id,
            String title,
            String link,
            OffsetDateTime updated,
            String summary,
            String content,
            String contentType) {}

    private static Optional<String> link(Element parent, String rel) {
        return children(parent, "link").stream()
                .filter(l -> rel.equals(l.getAttribute("rel").isEmpty() ? "alternate" : l.getAttribute("rel")))
                .map(l -> l.getAttribute("href"))
                .findFirst();
    }

    private static String text(Element parent, String name) {
        return children(parent, name).stream()
                .findFirst()
                .map(Element::getTextContent)
                .orElse(null);
    }

    /** Direct children only: an entry's title is not the feed's. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
