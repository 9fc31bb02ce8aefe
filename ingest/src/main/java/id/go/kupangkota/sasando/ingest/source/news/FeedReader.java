package id.go.kupangkota.sasando.ingest.source.news;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/**
 * Reads a feed document with JDOM (the XML prolog's encoding decides the charset, e.g. ISO-8859-1)
 * and ROME (RSS 0.9x/1.0/2.0, Atom), and gives each item's element back as XML text, so the
 * landing zone keeps the item as the outlet wrote it. DTDs and external entities are never loaded.
 */
final class FeedReader {
    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Namespace RSS_10 = Namespace.getNamespace("http://purl.org/rss/1.0/");

    private FeedReader() {
    }

    /** A parsed feed: ROME's view of it and its items' XML in document order. */
    record Parsed(SyndFeed feed, String type, String language, List<Element> items) {
        String itemXml(int i) {
            return new XMLOutputter(Format.getRawFormat()).outputString(items.get(i));
        }
    }

    /** @throws FeedException with the parser's line and message when the document is no readable feed */
    static Parsed read(byte[] body) throws FeedException {
        return read(parseXml(body));
    }

    static Parsed read(Document doc) throws FeedException {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(doc);
        } catch (IllegalArgumentException e) {
            throw new FeedException("not an RSS or Atom feed: " + e.getMessage(), e);
        }
        Element root = doc.getRootElement();
        List<Element> items = switch (root.getName()) {
            case "rss" -> root.getChild("channel") == null ? List.of() : root.getChild("channel").getChildren("item");
            case "RDF" -> root.getChildren("item", RSS_10);
            case "feed" -> root.getChildren("entry", ATOM);
            default -> List.of();
        };
        String language = feed.getLanguage();
        if (language == null) {
            language = root.getAttributeValue("lang", Namespace.XML_NAMESPACE);
        }
        return new Parsed(feed, feed.getFeedType(), language, items);
    }

    static Document parseXml(byte[] body) throws FeedException {
        try {
            return secureBuilder().build(new ByteArrayInputStream(body));
        } catch (JDOMException e) {
            throw new FeedException("not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new FeedException("unreadable XML: " + e.getMessage(), e);
        }
    }

    static Document parseXml(String xml) throws FeedException {
        try {
            return secureBuilder().build(new StringReader(xml));
        } catch (JDOMException | IOException e) {
            throw new FeedException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static SAXBuilder secureBuilder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setExpandEntities(false);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return builder;
    }
}
