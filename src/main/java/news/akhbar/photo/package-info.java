/** Photos: upload (checked, re-encoded, sized off the event loop), storage behind {@link news.akhbar.photo.PhotoStorage}, serving at immutable URLs. */
package news.akhbar.photo;
