/**
 * Live coverage: an article told as it happens, in short entries (with a key event flag, a summary flag and at most
 * one pinned entry). Its stores write each change with its stream event in one transaction; its routes are the
 * editors' writes and the readers' JSON reads, including the delta read for clients without SSE.
 * Its audience, "N reading now": each instance counts its own readers of a coverage exactly, and the instances
 * share those counts through Redis ({@link news.akhbar.live.RedisAudience}), pushed to readers as `audience` events.
 */
package news.akhbar.live;
