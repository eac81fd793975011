/**
 * Live coverage: an article told as it happens, in short entries (with a key event flag, a summary flag and at most
 * one pinned entry). Its stores write each change with its stream event in one transaction; its routes are the
 * editors' writes and the readers' JSON reads, including the delta read for clients without SSE.
 */
package news.akhbar.live;
