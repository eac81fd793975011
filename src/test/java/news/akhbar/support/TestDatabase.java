package news.akhbar.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import news.akhbar.app.Database;

/**
 * A fresh database per test on the shared PostgreSQL, cloned from a template migrated once per test JVM, and
 * dropped afterwards, so no test sees another's rows.
 */
public final class TestDatabase implements AutoCloseable {

  public static final String SERVER = System.getProperty("akhbar.test.pg", "postgresql://root@127.0.0.1:5432");
  private static String template;

  private final String name;

  private TestDatabase(String name) {
    this.name = name;
  }

  public static TestDatabase create() {
    String name = "akhbar_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    exec("CREATE DATABASE " + name + " TEMPLATE " + template());
    return new TestDatabase(name);
  }

  public String url() {
    return SERVER + "/" + name;
  }

  public String name() {
    return name;
  }

  private static synchronized String template() {
    if (template == null) {
      String name = "akhbar_tpl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      Database.prepare(Database.options(SERVER + "/" + name));
      template = name;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
    }
    return template;
  }

  /** Runs one statement against the server's postgres database. */
  public static void exec(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "root", "");
         Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Runs a query returning one number against this test's database. */
  public long count(String sql) {
    return Long.parseLong(text(sql));
  }

  /** Runs a query returning one text value against this test's database. */
  public String text(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, "root", "");
         Statement s = c.createStatement();
         var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Runs one statement against this test's database (to age or prune rows, say). */
  public void execute(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, "root", "");
         Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}
