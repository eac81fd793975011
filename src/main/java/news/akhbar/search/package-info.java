/** Arabic search over the whole archive: the route (GET /api/v1/search), its store and its hits. */
package news.akhbar.search;
