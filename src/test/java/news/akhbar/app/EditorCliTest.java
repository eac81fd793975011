package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import news.akhbar.support.AppTest;
import news.akhbar.support.EditorClient;
import news.akhbar.support.TestApp;
import org.junit.jupiter.api.Test;

class EditorCliTest extends AppTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int cli(String... args) {
    out.reset();
    err.reset();
    return EditorCli.run(args, app.db().url(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void addPrintsATokenThatPublishesListShowsItAndRevokeEndsIt() {
    assertEquals(0, cli("editor", "add", "نور"));
    String token = out().strip();
    assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    EditorClient editor = new EditorClient(app, token);
    assertEquals(201, editor.post(TestApp.article("خبر من سطر الأوامر")).statusCode());

    assertEquals(0, cli("editor", "list"));
    assertTrue(out().contains("1\tنور\teditor"), out());
    assertTrue(!out().contains(token), "list printed the token");

    assertEquals(0, cli("editor", "revoke", "1"));
    assertEquals(401, editor.post(TestApp.article("بعد الإلغاء")).statusCode());
    assertEquals(0, cli("editor", "list"));
    assertTrue(!out().contains("\t-"), "still shown as live: " + out());
  }

  @Test
  void addWithAdminRoleMakesAnAccountThatManagesEditors() {
    assertEquals(0, cli("editor", "add", "مدير التحرير", "--role", "admin"));

    EditorClient admin = new EditorClient(app, out().strip());
    assertEquals(200, admin.get("/api/v1/editors").statusCode());
  }

  @Test
  void badUsageExitsWithTwoAndUnknownIdWithOne() {
    assertEquals(2, cli("editor"));
    assertEquals(2, cli("editor", "add", "x", "--role", "owner"));
    assertEquals(2, cli("editor", "revoke", "abc"));
    assertEquals(1, cli("editor", "revoke", "42"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no editor 42"));
    assertEquals(0, app.db().count("SELECT count(*) FROM editor"));
  }
}
