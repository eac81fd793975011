package news.akhbar.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A search snippet on the server keeps text and marks only, as items.js does in the browser. */
class ListItemsTest {

  @Test
  void snippetKeepsItsMarksAndTurnsAnyOtherMarkupIntoText() {
    assertEquals("… إطلاق <mark>قمر</mark> &lt;img src=x&gt; &amp; جديد",
        ListItems.snippet("… إطلاق <mark>قمر</mark> &lt;img src=x&gt; &amp; جديد"));
    assertEquals("&lt;img src=x onerror=alert(1)&gt; <mark>a</mark>&lt;b&gt;",
        ListItems.snippet("<img src=x onerror=alert(1)> <mark>a</mark><b>"));
  }

  @Test
  void snippetNeverLeavesAMarkOpenOrClosesOneTwice() {
    assertEquals("<mark>a</mark>b", ListItems.snippet("<mark>a</mark></mark>b"));
    assertEquals("<mark>ab</mark>", ListItems.snippet("<mark>a<mark>b"));
  }
}
