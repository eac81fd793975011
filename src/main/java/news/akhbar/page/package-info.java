/**
 * The article page at /a/{slug}: HTML rendered on the server, so a link shared on social media previews properly
 * without JavaScript (title, description, Open Graph, schema.org NewsArticle JSON-LD), with the live sidebar of
 * webroot/ticker.js. Reads through the article store; knows no SQL.
 */
package news.akhbar.page;
