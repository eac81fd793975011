/**
 * The write model: articles and their stream events. A write commits the article and its event together; the event
 * log answers catch-up and replay. Knows nothing of HTTP or of any feature: failures come back as
 * {@link news.akhbar.article.StoreFailure} kinds, and only the web edge turns them into problems.
 */
package news.akhbar.article;
