package news.akhbar.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.akhbar.article.Article;
import news.akhbar.search.SearchHit;
import news.akhbar.web.PathIds;

/**
 * One article in a list, written as webroot/items.js builds it (renderItem, renderHit), so a page reads the same
 * before its script runs, without it, and after: li.item[data-id] > article > h3.headline (.badge, a.title), then
 * p.excerpt or p.snippet, then p.meta (time.date, .ago, .source). Every value is escaped.
 */
final class ListItems {

  private static final Pattern MARK = Pattern.compile("</?mark>");

  private ListItems() {
  }


  static String items(List<Article> articles) {
    StringBuilder out = new StringBuilder(articles.size() * 600);
    for (Article a : articles) {
      String excerpt = a.excerpt() == null || a.excerpt().isEmpty() ? ""
          : "<p class=\"excerpt\">" + Html.escape(a.excerpt()) + "</p>";
      out.append(shell(a, excerpt)).append('\n');
    }
    return out.toString();
  }

  static String hits(List<SearchHit> hits) {
    StringBuilder out = new StringBuilder(hits.size() * 600);
    for (SearchHit hit : hits) {
      out.append(shell(hit.article(), "<p class=\"snippet\">" + snippet(hit.snippet()) + "</p>")).append('\n');
    }
    return out.toString();
  }

  private static String shell(Article a, String extra) {
    return "<li class=\"" + (a.breaking() ? "item breaking" : "item") + "\" data-id=\"" + Html.escape(a.id())
        + "\"><article><h3 class=\"headline\">" + (a.breaking() ? "<span class=\"badge\">عاجل</span> " : "")
        + "<a class=\"title\" href=\"" + Html.escape(PathIds.articlePath(a.slug())) + "\">" + Html.escape(a.title()) + "</a></h3>"
        + extra + "<p class=\"meta\">" + meta(a) + "</p></article></li>";
  }

  /** The inside of a p.meta: the date (UTC, Arabic-Indic digits), the relative time's slot and the source. */
  static String meta(Article a) {
    String at = a.publishedAt().toString();
    boolean source = a.source() != null && !a.source().isEmpty();
    return "<time class=\"date\" datetime=\"" + at + "\" title=\"" + Html.escape(ArabicDates.fullDate(a.publishedAt()))
        + "\">" + ArabicDates.shortDate(a.publishedAt()) + "</time><span class=\"ago\" data-time=\"" + at
        + "\"></span><span class=\"source\"" + (source ? ">" + Html.escape(a.source()) : " hidden>") + "</span>";
  }

  /**
   * A search snippet keeps its text and its {@code <mark>}s and nothing else, like items.js's snippetNodes. The
   * store escaped the text (&amp;, &lt;, &gt;), so it is unescaped and escaped again here: anything that is not a
   * mark stays text whatever the snippet holds.
   */
  static String snippet(String html) {
    if (html == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(html.length() + 16);
    Matcher m = MARK.matcher(html);
    int at = 0;
    boolean open = false;
    while (m.find()) {
      out.append(Html.escape(unescape(html.substring(at, m.start()))));
      boolean opening = m.group().equals("<mark>");
      if (opening != open) {
        out.append(opening ? "<mark>" : "</mark>");
        open = opening;
      }
      at = m.end();
    }
    out.append(Html.escape(unescape(html.substring(at))));
    return open ? out.append("</mark>").toString() : out.toString();
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
