package news.akhbar.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import news.akhbar.article.Article;
import news.akhbar.web.PathIds;

/** Writes an Atom 1.0 feed (RFC 4287). The StAX writer escapes markup; FeedText drops what XML 1.0 forbids. */
final class AtomFeed {

  private static final String NS = "http://www.w3.org/2005/Atom";

  private AtomFeed() {
  }

  static String write(FeedMeta meta, List<Article> items) {
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
      for (Article a : items) {
        entry(x, meta, a);
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("atom feed could not be written", e);
    }
    return out.toString();
  }

  private static void entry(XMLStreamWriter x, FeedMeta meta, Article a) throws XMLStreamException {
    x.writeStartElement("entry");
    text(x, "id", FeedText.entryId(a.id()));
    text(x, "title", FeedText.line(a.title()));
    text(x, "updated", a.updatedAt().toString());
    text(x, "published", a.publishedAt().toString());
    link(x, "alternate", meta.base() + PathIds.articlePath(a.slug()), "text/html");
    if (a.source() != null && !a.source().isBlank()) {
      x.writeStartElement("author");
      text(x, "name", FeedText.line(a.source()));
      x.writeEndElement();
    }
    x.writeStartElement("category");
    x.writeAttribute("term", FeedText.line(a.topic()));
    x.writeEndElement();
    text(x, "summary", FeedText.xmlSafe(a.excerpt()));
    x.writeStartElement("content");
    x.writeAttribute("type", "html");
    x.writeCharacters(FeedText.xmlSafe(a.body()));
    x.writeEndElement();
    x.writeEndElement();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }

  static Instant updated(List<Article> items, Instant fallback) {
    return items.stream().map(Article::updatedAt).max(Instant::compareTo).orElse(fallback);
  }
}
