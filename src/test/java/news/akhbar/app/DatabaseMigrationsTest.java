package news.akhbar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgConnectOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import news.akhbar.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Start-up skips Flyway only for a database whose history already ends at the newest migration this build ships:
 * an older schema is migrated, a failed step is refused, and the newest version is the one in the files.
 */
class DatabaseMigrationsTest {

  @Test
  void theNewestMigrationIsTheNewestFile() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
      int newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
      assertEquals(Integer.toString(newest), Database.NEWEST_MIGRATION,
          "Database.NEWEST_MIGRATION must name the newest file, or start-up would skip it");
    }
  }

  @Test
  void aDatabaseOneMigrationBehindIsMigratedAtStart() throws Exception {
    String name = "akhbar_m_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    PgConnectOptions o = Database.options(TestDatabase.SERVER + "/" + name);
    TestDatabase.exec("CREATE DATABASE " + name);
    try {
      // the database as a build one migration older left it
      String behind = Integer.toString(Integer.parseInt(Database.NEWEST_MIGRATION) - 1);
      Flyway.configure().dataSource(Database.jdbcUrl(o, name), o.getUser(), o.getPassword())
          .locations("classpath:db/migration").target(behind).load().migrate();
      assertFalse(Database.isCurrent(Database.forMigrations(o)), "a schema one behind counted as current");

      Database.prepare(o);

      assertTrue(Database.isCurrent(Database.forMigrations(o)), "the newest migration was not applied");
    } finally {
      TestDatabase.exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  @Test
  void aFailedStepIsLeftToFlywayWhichRefusesToStart() {
    try (TestDatabase db = TestDatabase.create()) {
      db.execute("UPDATE flyway_schema_history SET success = false WHERE version = '"
          + Database.NEWEST_MIGRATION + "'");
      PgConnectOptions o = Database.options(db.url());
      Exception refused = assertThrows(Exception.class, () -> Database.prepare(o));
      assertTrue(refused.getMessage().contains("failed migration"), refused.getMessage());
    }
  }
}
