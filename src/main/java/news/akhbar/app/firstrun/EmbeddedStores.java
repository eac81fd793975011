package news.akhbar.app.firstrun;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/** Starts the embedded PostgreSQL and Redis of development mode, with failures explained in plain words. */
final class EmbeddedStores {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedStores.class);

  private EmbeddedStores() {
  }

  /** A PostgreSQL whose data survives restarts: initdb runs only when the folder holds no cluster yet. */
  static EmbeddedPostgres postgres(Path dataDir, int port) {
    DevServices.ensureDir(dataDir.getParent());
    log.info("starting an embedded PostgreSQL on port {} with its data in {} (a first start runs initdb: a few "
        + "seconds)", port, dataDir);
    try {
      return EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setPort(port)
          .start();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(explainPostgresFailure(e, isRoot(), dataDir), e);
    }
  }

  /** A Redis for pub/sub only: nothing saved to disk. */
  static RedisServer redis(int port) {
    log.info("starting an embedded Redis on port {}", port);
    try {
      RedisServer server = RedisServer.newRedisServer()
          .bind("127.0.0.1")
          .port(port)
          .setting("save \"\"")
          .setting("appendonly no")
          .build();
      server.start();
      return server;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("No AKHBAR_REDIS_URL was set and nothing answers on localhost:" + port
          + ", and the embedded Redis could not start: " + e.getMessage()
          + ". Set AKHBAR_REDIS_URL to a running Redis (for example redis://localhost:6379).", e);
    }
  }

  static String explainPostgresFailure(Throwable e, boolean root, Path dataDir) {
    String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String what = "No AKHBAR_PG_URL was set and nothing answers on the default address, and the embedded PostgreSQL "
        + "(data in " + dataDir + ") could not start: " + cause + ". ";
    if (root) {
      return what + "PostgreSQL's initdb refuses to run as root (\"cannot be run as root\") unless user namespaces "
          + "are allowed (unshare -U), and they seem not to be here. Either set AKHBAR_PG_URL to a PostgreSQL server "
          + "(for example postgresql://user@localhost:5432/akhbar), or run Akhbar as a non-root user.";
    }
    return what + "Set AKHBAR_PG_URL to a PostgreSQL server (for example postgresql://localhost:5432/akhbar), or "
        + "remove " + dataDir + " if it holds a cluster from an older run.";
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
