package news.akhbar.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.akhbar.support.AppTest;
import org.junit.jupiter.api.Test;

/** The contract is served at stable URLs with validators, and its reference page works from this server alone. */
class ContractServedTest extends AppTest {

  @Test
  void documentIsServedAsWrittenWithAnEtagAndAnswers304OnAMatch() throws IOException {
    HttpResponse<Buffer> yaml = app.get(ContractRoutes.YAML_PATH);
    assertEquals(200, yaml.statusCode());
    assertEquals("application/yaml; charset=utf-8", yaml.getHeader("Content-Type"));
    assertEquals("public, max-age=300", yaml.getHeader("Cache-Control"));
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(ContractRoutes.DOCUMENT)) {
      assertEquals(Buffer.buffer(in.readAllBytes()), yaml.body());
    }
    String etag = yaml.getHeader("ETag");
    assertNotNull(etag);
    assertEquals(304, app.get(ContractRoutes.YAML_PATH, Map.of("If-None-Match", etag)).statusCode());
  }

  @Test
  void documentIsServedAsJsonToo() {
    HttpResponse<Buffer> json = app.get(ContractRoutes.JSON_PATH);
    assertEquals(200, json.statusCode());
    assertEquals("application/json; charset=utf-8", json.getHeader("Content-Type"));
    JsonObject doc = json.bodyAsJsonObject();
    assertEquals("3.1.0", doc.getString("openapi"));
    assertTrue(doc.getJsonObject("paths").containsKey("/api/v1/articles"));
    assertNotNull(json.getHeader("ETag"));
  }

  @Test
  void referencePageIsArabicAndLoadsOnlyFilesThisServerServes() {
    HttpResponse<Buffer> page = app.get(ContractRoutes.DOCS_PATH);
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.getHeader("Content-Type"));
    assertNotNull(page.getHeader("Content-Security-Policy"));
    String html = page.bodyAsString();
    assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"), html);
    assertTrue(html.contains("<title>مرجع واجهة أخبار البرمجية"), html);
    assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find(), "no inline script: " + html);
    Matcher files = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(html);
    int count = 0;
    while (files.find()) {
      HttpResponse<Buffer> file = app.get(files.group(1));
      assertEquals(200, file.statusCode(), files.group(1));
      assertTrue(file.body().length() > 0, files.group(1));
      count++;
    }
    assertTrue(count >= 5, "the page's scripts, styles, icon and the document: " + count);
  }

  @Test
  void swaggerUiFilesComeFromTheWebjarWithLongCaching() {
    HttpResponse<Buffer> bundle = app.get("/api/docs/swagger-ui-bundle.js");
    assertEquals(200, bundle.statusCode());
    assertEquals("text/javascript; charset=utf-8", bundle.getHeader("Content-Type"));
    assertEquals("public, max-age=86400", bundle.getHeader("Cache-Control"));
    assertTrue(bundle.bodyAsString().contains("SwaggerUIBundle"));
    assertEquals(404, app.get("/api/docs/index.html").statusCode(), "the webjar's own page (petstore) is not served");
  }
}
