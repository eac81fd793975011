/*
 * Where the live list's pages come from: the first from the page itself (the server rendered it, with its state in
 * <script type="application/json" id="latest-state">), the rest from GET /api/v1/articles, as many at a time as
 * the page's rules say.
 */
import { rules } from './rules.js';

/** The first page the server rendered into the document, or null (none, or an older page: start from the newest). */
export function served() {
  const block = document.getElementById('latest-state');
  if (!block) {
    return null;
  }
  try {
    const state = JSON.parse(block.textContent);
    return state.before ? null : state;
  } catch (e) {
    return null;
  }
}

/** One page of a topic ("" for all), the newest or the one after the cursor before: {items, lastEventId, next}. */
export async function fetchPage(topic, before) {
  const url = '/api/v1/articles?limit=' + rules.pageSize + (topic ? '&topic=' + encodeURIComponent(topic) : '')
      + (before ? '&before=' + encodeURIComponent(before) : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok) {
    throw new Error('GET ' + url + ' answered ' + res.status);
  }
  return res.json();
}
