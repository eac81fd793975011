package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.akhbar.article.Article;
import news.akhbar.page.ListItems.Part;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A list item as the item template writes it, and a search snippet kept to its text and marks. */
class ListItemsTest {

  private static Article article(String title, boolean breaking, String excerpt, String source) {
    return new Article("7", "slug one", title, excerpt, null, "sports", "ar", breaking, source,
        Instant.parse("2026-11-29T04:08:00Z"), null, "12", null, null);
  }

  private static Element item(Article a, List<Part> snippet) {
    Map<String, Object> params = new HashMap<>();
    params.put("a", a);
    if (snippet != null) {
      params.put("snippet", snippet);
    }
    String html = Html.render("item", params);
    return Jsoup.parseBodyFragment(html).selectFirst("li");
  }

  @Test
  void breakingItemHasItsBadgeEscapedTitleLinkExcerptDateAndSource() {
    Element li = item(article("عاجل <b>&", true, "موجز", "وكالة"), null);

    assertEquals("item breaking", li.className());
    assertEquals("7", li.attr("data-id"));
    assertEquals("عاجل", li.selectFirst("h3.headline > .badge").text());
    assertEquals("عاجل <b>&", li.selectFirst("a.title").text());
    assertTrue(li.select("a.title b").isEmpty());
    assertEquals("/a/slug%20one", li.selectFirst("a.title").attr("href"));
    assertEquals("موجز", li.selectFirst("p.excerpt").text());
    assertEquals("2026-11-29T04:08:00Z", li.selectFirst("p.meta time.date").attr("datetime"));
    assertEquals("٢٩\u200f/١١\u200f/٢٠٢٦", li.selectFirst("p.meta time.date").text());
    assertEquals("وكالة", li.selectFirst("p.meta .source").text());
  }

  @Test
  void plainItemHasNoBadgeNoEmptyExcerptAndAHiddenSource() {
    Element li = item(article("خبر", false, "", null), null);

    assertEquals("item", li.className());
    assertTrue(li.select(".badge").isEmpty());
    assertTrue(li.select(".excerpt").isEmpty());
    assertTrue(li.selectFirst(".source").hasAttr("hidden"));
  }

  @Test
  void searchHitShowsItsSnippetAsTextAndMarksOnly() {
    Element li = item(article("خبر", false, "موجز", null),
        ListItems.snippet("… إطلاق <mark>قمر</mark> &lt;img src=x&gt; &amp; جديد"));

    assertTrue(li.select(".excerpt").isEmpty());
    assertEquals("… إطلاق <mark>قمر</mark> &lt;img src=x&gt; &amp; جديد", li.selectFirst("p.snippet").html());
    assertFalse(li.selectFirst("p.snippet").select("img").size() > 0);
  }

  @Test
  void snippetKeepsItsMarksAndTurnsAnyOtherMarkupIntoText() {
    assertEquals(List.of(new Part("… إطلاق ", false), new Part("قمر", true), new Part(" <img src=x> & جديد", false)),
        ListItems.snippet("… إطلاق <mark>قمر</mark> &lt;img src=x&gt; &amp; جديد"));
    assertEquals(List.of(new Part("<img src=x onerror=alert(1)> ", false), new Part("a", true),
        new Part("<b>", false)), ListItems.snippet("<img src=x onerror=alert(1)> <mark>a</mark><b>"));
  }

  @Test
  void snippetNeverLeavesAMarkOpenOrClosesOneTwice() {
    assertEquals(List.of(new Part("a", true), new Part("b", false)), ListItems.snippet("<mark>a</mark></mark>b"));
    assertEquals(List.of(new Part("ab", true)), ListItems.snippet("<mark>a<mark>b"));
  }
}
