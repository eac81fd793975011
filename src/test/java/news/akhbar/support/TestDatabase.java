package news.akhbar.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import news.akhbar.app.Database;

/**
 * A fresh database per test on the shared PostgreSQL, cloned from a template migrated once per test JVM, and
 * dropped afterwards, so no test sees another's rows.
 *
 * <p>Cloning a database and dropping one each cost PostgreSQL about half a second of disk writes, which the test
 * would otherwise wait for: clones are made ahead on a thread of their own (a few, while the tests before run), and
 * drops happen on another, after the test has gone on. What is left at exit is dropped then.
 */
public final class TestDatabase implements AutoCloseable {

  public static final String SERVER = System.getProperty("akhbar.test.pg", "postgresql://root@127.0.0.1:5432");
  /** Clones kept ready for the next tests. */
  private static final int AHEAD = 2;
  private static final ExecutorService CLONER = Executors.newSingleThreadExecutor(daemon("test-db-clone"));
  private static final ExecutorService DROPPER = Executors.newSingleThreadExecutor(daemon("test-db-drop"));
  private static final Deque<Future<String>> READY = new ArrayDeque<>();
  private static String template;

  private final String name;

  private TestDatabase(String name) {
    this.name = name;
  }

  public static TestDatabase create() {
    Future<String> next;
    synchronized (READY) {
      if (template == null) {
        template = migratedTemplate();
      }
      next = READY.isEmpty() ? CLONER.submit(TestDatabase::cloned) : READY.poll();
      while (READY.size() < AHEAD) {
        READY.add(CLONER.submit(TestDatabase::cloned));
      }
    }
    try {
      return new TestDatabase(next.get(60, TimeUnit.SECONDS));
    } catch (ExecutionException e) {
      throw new IllegalStateException("no test database: " + e.getCause().getMessage(), e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException("no test database: " + e, e);
    }
  }

  public String url() {
    return SERVER + "/" + name;
  }

  public String name() {
    return name;
  }

  private static String cloned() {
    String name = "akhbar_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    exec("CREATE DATABASE " + name + " TEMPLATE " + template);
    return name;
  }

  private static String migratedTemplate() {
    String name = "akhbar_tpl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Database.prepare(Database.options(SERVER + "/" + name));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAllAtExit(name), "test-db-exit"));
    return name;
  }

  /** At exit: the clones no test took, the drops still queued, then the template. */
  private static void dropAllAtExit(String template) {
    CLONER.shutdown();
    try {
      CLONER.awaitTermination(30, TimeUnit.SECONDS);
      synchronized (READY) {
        for (Future<String> unused : READY) {
          if (unused.isDone() && !unused.isCancelled()) {
            try {
              dropLater(unused.get());
            } catch (ExecutionException failed) {
              // never made
            }
          }
        }
      }
      DROPPER.shutdown();
      DROPPER.awaitTermination(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exec("DROP DATABASE IF EXISTS " + template + " WITH (FORCE)");
  }

  private static void dropLater(String name) {
    DROPPER.execute(() -> exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return task -> {
      Thread t = new Thread(task, name);
      t.setDaemon(true);
      return t;
    };
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

  /** Drops it soon, on the drop thread: the test goes on meanwhile. */
  @Override
  public void close() {
    dropLater(name);
  }
}
