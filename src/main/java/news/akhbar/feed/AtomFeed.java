package news.akhbar.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287). The StAX writer escapes markup; every text and attribute goes through
 * FeedText, which drops what XML 1.0 forbids (or discourages), whatever a stored row or a request holds.
 */
final class AtomFeed {

  private static final String NS = "http://www.w3.org/2005/Atom";

  private AtomFeed() {
  }

  static String write(FeedMeta meta, List<FeedItem> items) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      x.writeAttribute("xml:lang", "ar");
      text(x, "id", meta.id());
      text(x, "title", meta.title());
      text(x, "updated", meta.updated().toString());
      link(x, "self", meta.selfUrl(), "application/atom+xml");
      link(x, "alternate", meta.homeUrl(), "text/html");
      x.writeStartElement("author");
      text(x, "name", "أخبار");
      x.writeEndElement();
      for (FeedItem item : items) {
        entry(x, item);
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("atom feed could not be written", e);
    }
    return out.toString();
  }

  private static void entry(XMLStreamWriter x, FeedItem item) throws XMLStreamException {
    x.writeStartElement("entry");
    text(x, "id", item.id());
    text(x, "title", FeedText.line(item.title()));
    text(x, "updated", item.updated().toString());
    text(x, "published", item.published().toString());
    link(x, "alternate", item.url(), "text/html");
    if (item.image() != null) {
      link(x, "enclosure", item.image(), "image/jpeg");
    }
    for (String author : item.authors()) {
      x.writeStartElement("author");
      text(x, "name", FeedText.line(author));
      x.writeEndElement();
    }
    if (item.topic() != null) {
      x.writeStartElement("category");
      attribute(x, "term", FeedText.line(item.topic()));
      attribute(x, "label", FeedText.line(item.section()));
      x.writeEndElement();
    }
    if (item.summary() != null) {
      text(x, "summary", item.summary());
    }
    x.writeStartElement("content");
    x.writeAttribute("type", "html");
    x.writeCharacters(FeedText.xmlSafe(item.html()));
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(FeedText.xmlSafe(value));
    x.writeEndElement();
  }

  private static void attribute(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeAttribute(name, FeedText.xmlSafe(value));
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    attribute(x, "href", href);
  }

  static Instant updated(List<FeedItem> items, Instant fallback) {
    return items.stream().map(FeedItem::updated).max(Instant::compareTo).orElse(fallback);
  }
}
