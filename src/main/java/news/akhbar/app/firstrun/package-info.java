/**
 * First run on a machine with nothing installed: local stores found on the default ports, else embedded PostgreSQL
 * and Redis started. Only target/akhbar.jar carries this package and the embedded binaries; the server jar (the
 * Docker image's) leaves both out, so nothing outside this package may use it.
 */
package news.akhbar.app.firstrun;
