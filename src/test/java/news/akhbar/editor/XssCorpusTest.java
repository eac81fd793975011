package news.akhbar.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import news.akhbar.support.AppTest;
import news.akhbar.support.SseEvent;
import news.akhbar.support.SseProbe;
import news.akhbar.support.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Payloads after the OWASP XSS filter evasion cheat sheet and PortSwigger's XSS cheat sheet. */
class XssCorpusTest extends AppTest {

  static final List<String> PAYLOADS = List.of(
      "<script>alert(1)</script>",
      "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
      "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>",
      "<scr<script>ipt>alert(1)</scr</script>ipt>",
      "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
      "<IMG SRC=\"javascript:alert('XSS');\">",
      "<IMG SRC=JaVaScRiPt:alert('XSS') alt=x>",
      "<img src=x onerror=alert(1) alt=x>",
      "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
      "<img src=\"jav&#x09;ascript:alert('XSS');\" alt=\"x\">",
      "<img src=\"jav&#x0A;ascript:alert('XSS');\" alt=\"x\">",
      "<img src=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\" alt=\"x\">",
      "<img src=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61alert(1)\" alt=\"x\">",
      "<a href=\"javascript:alert(1)\">اضغط</a>",
      "<a href=\"JAVASCRIPT:alert(1)\">اضغط</a>",
      "<a href=\" &#14;  javascript:alert(1)\">اضغط</a>",
      "<a href=\"jav\tascript:alert(1)\">اضغط</a>",
      "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">اضغط</a>",
      "<a href=\"vbscript:msgbox(1)\">اضغط</a>",
      "<svg onload=alert(1)>",
      "<svg><script>alert(1)</script></svg>",
      "<svg/onload=alert('XSS')>",
      "<body onload=alert('XSS')>",
      "<iframe src=\"javascript:alert(1)\"></iframe>",
      "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
      "<div style=\"width: expression(alert('XSS'));\">نص</div>",
      "<p style=\"background-image: url(javascript:alert(1))\">نص</p>",
      "<style>@import 'https://xss.example/x.css';</style>",
      "<object data=\"javascript:alert(1)\"></object>",
      "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
      "<details open ontoggle=alert(1)>",
      "<input autofocus onfocus=alert(1)>",
      "<form action=\"javascript:alert(1)\"><button>x</button></form>",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
      "<base href=\"javascript:alert(1)//\">",
      "<p onmouseover=\"alert(1)\">مرر هنا</p>",
      "<a href=\"https://ok.example/\" onclick=\"alert(1)\">رابط</a>",
      "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\">",
      "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
      "<video><source onerror=\"alert(1)\"></video>",
      "<p>نص <b>عريض</b> <a href=\"https://news.example/a\">رابط سليم</a></p>");

  private static final Set<String> ALLOWED = Set.of("p", "h2", "h3", "h4", "strong", "em", "b", "i", "ul", "ol",
      "li", "blockquote", "br", "a", "img", "figure", "figcaption", "span", "body", "html", "head", "#root");
  private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

  @Test
  void everyPayloadIsNeutralisedInTheStoredAndTheStreamedBody() throws Exception {
    assertTrue(PAYLOADS.size() >= 30);
    SseProbe stream = app.openStream("/api/v1/stream");
    Map<String, String> sent = new HashMap<>();
    for (String payload : PAYLOADS) {
      HttpResponse<Buffer> posted = app.post(new JsonObject().put("title", "اختبار").put("body", payload));
      assertEquals(201, posted.statusCode(), payload + " -> " + posted.bodyAsString());
      String id = posted.bodyAsJsonObject().getString("id");
      sent.put(id, payload);
      assertSafe(payload, app.get("/api/v1/articles/" + id).bodyAsJsonObject().getString("body"));
    }
    for (int i = 0; i < PAYLOADS.size(); i++) {
      SseEvent event = stream.nextItem(5);
      assertNotNull(event, "stream stopped after " + i + " items");
      JsonObject article = new JsonObject(event.data());
      assertSafe(sent.get(article.getString("id")), article.getString("body"));
    }
  }

  @Test
  void safeMarkupIsKeptLinksGetNoopenerNofollowAndForeignImagesGo() {
    String body = app.post(new JsonObject().put("title", "خبر").put("body", PAYLOADS.get(PAYLOADS.size() - 1)
        + "<h2>عنوان</h2><ul><li>بند</li></ul><blockquote>اقتباس</blockquote>"
        + "<img src=\"https://img.example/a.jpg\" alt=\"صورة\">")).bodyAsJsonObject().getString("body");

    assertTrue(body.contains("<b>عريض</b>"), body);
    assertTrue(body.contains("<a href=\"https://news.example/a\" rel=\"noopener nofollow\">رابط سليم</a>"), body);
    assertTrue(body.contains("<h2>عنوان</h2><ul><li>بند</li></ul><blockquote>اقتباس</blockquote>"), body);
    assertFalse(body.contains("<img"), "an image from another site is dropped (BodyPhotos keeps our own): " + body);
  }

  private static void assertSafe(String payload, String body) {
    String lower = body.toLowerCase(Locale.ROOT);
    for (String bad : List.of("<script", "<iframe", "<svg", "<object", "<embed", "<style", "<math", "<form",
        "<meta", "<base", "<input", "<details", "<video", "javascript:", "vbscript:", "data:", "expression(")) {
      assertFalse(lower.contains(bad), payload + " left " + bad + " in " + body);
    }
    assertFalse(EVENT_ATTRIBUTE.matcher(body).find(), payload + " left an event handler in " + body);
    for (Element e : Jsoup.parseBodyFragment(body).getAllElements()) {
      assertTrue(ALLOWED.contains(e.normalName()), payload + " left <" + e.normalName() + "> in " + body);
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), payload + " left " + a + " in " + body);
        if (a.getKey().equals("href") || a.getKey().equals("src")) {
          assertTrue(a.getValue().startsWith("https://") || a.getValue().startsWith("http://"),
              payload + " left " + a + " in " + body);
        }
      }
    }
  }
}
