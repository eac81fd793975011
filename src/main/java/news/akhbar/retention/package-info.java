/** Keeping the database from growing for ever: the periodic pass that removes what has outlived its use. */
package news.akhbar.retention;
