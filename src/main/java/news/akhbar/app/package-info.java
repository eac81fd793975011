/** Wiring: reads the configuration, prepares the database, deploys one HTTP verticle per event loop. */
package news.akhbar.app;
