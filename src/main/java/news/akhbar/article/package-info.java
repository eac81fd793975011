/**
 * Articles and their stream events: the only code that speaks SQL. A write commits the article and its event
 * together; the event log answers catch-up and replay.
 */
package news.akhbar.article;
