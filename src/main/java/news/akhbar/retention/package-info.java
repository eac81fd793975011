/** Keeping the database from growing for ever: the periodic pass and its store, removing what outlived its use. */
package news.akhbar.retention;
