package news.akhbar.app.firstrun;

import news.akhbar.app.Main;

/**
 * The entry point of target/akhbar.jar, the jar the README runs: {@link Main} with development mode, so a machine with
 * nothing installed gets an embedded PostgreSQL and Redis. The server jar leaves this package out.
 */
public final class FirstRun {

  private FirstRun() {
  }

  public static void main(String[] args) {
    Main.run(args, DevServices::start);
  }
}
