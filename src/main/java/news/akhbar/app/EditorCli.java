package news.akhbar.app;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import news.akhbar.editor.Fields;
import news.akhbar.editor.Tokens;

/**
 * Manages editor accounts without the server running, straight on the database (migrated first):
 * {@code editor add <name> [--role admin]} prints a new token, {@code editor list}, {@code editor revoke <id>}.
 */
public final class EditorCli {

  private static final String USAGE = "usage: akhbar editor add <name> [--role editor|admin] | editor list"
      + " | editor revoke <id>";

  private EditorCli() {
  }

  /** Runs one command; returns the process exit status (0 ok, 1 failed, 2 bad usage). */
  public static int run(String[] args, String pgUrl, PrintStream out, PrintStream err) {
    List<String> a = Arrays.asList(args);
    if (a.size() < 2 || !"editor".equals(a.get(0))) {
      err.println(USAGE);
      return 2;
    }
    var options = Database.options(pgUrl);
    try {
      Database.prepare(options);
      try (Connection c = Database.connect(options)) {
        return switch (a.get(1)) {
          case "add" -> add(c, a.subList(2, a.size()), out, err);
          case "list" -> list(c, out);
          case "revoke" -> a.size() == 3 ? revoke(c, a.get(2), out, err) : usage(err);
          default -> usage(err);
        };
      }
    } catch (SQLException | RuntimeException e) {
      err.println("editor " + a.get(1) + " failed: " + e.getMessage());
      return 1;
    }
  }

  private static int add(Connection c, List<String> a, PrintStream out, PrintStream err) throws SQLException {
    String role = "editor";
    if (a.size() == 3 && "--role".equals(a.get(1))) {
      role = a.get(2);
    } else if (a.size() != 1) {
      return usage(err);
    }
    String name = a.get(0).strip();
    if (!Fields.visible(name) || name.length() > 100 || !(role.equals("editor") || role.equals("admin"))) {
      return usage(err);
    }
    String token = Tokens.newToken();
    try (PreparedStatement q = c.prepareStatement(
        "INSERT INTO editor (name, role, token_hash) VALUES (?, ?, ?) RETURNING id")) {
      q.setString(1, name);
      q.setString(2, role);
      q.setBytes(3, Tokens.hash(token));
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        err.println("editor " + rs.getLong(1) + " (" + name + ", " + role + ") added; the token is shown only once:");
      }
    }
    out.println(token);
    return 0;
  }

  private static int list(Connection c, PrintStream out) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(
        "SELECT id, name, role, created_at, revoked_at FROM editor ORDER BY id");
         ResultSet rs = q.executeQuery()) {
      out.println("id\tname\trole\tcreated\trevoked");
      while (rs.next()) {
        out.println(rs.getLong(1) + "\t" + rs.getString(2) + "\t" + rs.getString(3) + "\t"
            + rs.getObject(4, java.time.OffsetDateTime.class) + "\t"
            + (rs.getObject(5) == null ? "-" : rs.getObject(5, java.time.OffsetDateTime.class)));
      }
    }
    return 0;
  }

  private static int revoke(Connection c, String id, PrintStream out, PrintStream err) throws SQLException {
    long n;
    try {
      n = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return usage(err);
    }
    try (PreparedStatement q = c.prepareStatement(
        "UPDATE editor SET revoked_at = coalesce(revoked_at, now()) WHERE id = ?")) {
      q.setLong(1, n);
      if (q.executeUpdate() == 0) {
        err.println("no editor " + n);
        return 1;
      }
    }
    out.println("editor " + n + " revoked");
    return 0;
  }

  private static int usage(PrintStream err) {
    err.println(USAGE);
    return 2;
  }
}
