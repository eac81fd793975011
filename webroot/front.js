/*
 * The front page's script: the live list (ticker.js), its headlines (headlines.js), the stories under the lead
 * (stories.js), and around them topic tabs, infinite scroll and search.
 *
 *   #tabs a[data-topic]      one link per topic from GET /api/v1/topics ("" = all), each a copy of the page's
 *                            <template id="tab-template">, aria-current="page" on the one
 *                            shown; choosing one reloads the list for it without leaving the page (?topic= kept in
 *                            the address, so the links also work without JavaScript)
 *   #more                    the sentinel under the list: in view (or its button pressed) loads the next older page;
 *                            the page comes with the button hidden and a plain link to the older page in a
 *                            <noscript> instead, so here the button is shown
 *   #search, #q              the search box; results from GET /api/v1/search?q= replace the list:
 *   #search-results          shown instead of #latest-area while a search is on; #results > li[data-id] items with
 *                            .title (link) and .snippet (text and <mark> only), #results-summary, #results-close
 */
import * as ticker from './ticker.js';
import './headlines.js';
import './stories.js';
import { number } from './arabic-time.js';
import { copyOf, renderHit, topicName } from './items.js';

const byId = (id) => document.getElementById(id);
const tabs = byId('tabs');
const more = byId('more');
const latestArea = byId('latest-area');
const resultsArea = byId('search-results');
const input = byId('q');

function address(params) {
  const query = new URLSearchParams(params).toString();
  history.replaceState(null, '', query ? '/?' + query : '/');
}

// --- Topic tabs ---------------------------------------------------------------------------------------------

function markCurrent(topic) {
  for (const link of tabs.querySelectorAll('a[data-topic]')) {
    if (link.dataset.topic === topic) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

function tab(topic, label) {
  const li = copyOf('tab-template');
  const link = li.querySelector('a');
  link.textContent = label;
  link.href = topic ? '/?topic=' + encodeURIComponent(topic) : '/';
  link.dataset.topic = topic;
  return li;
}

async function loadTabs() {
  const res = await fetch('/api/v1/topics', { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    return;
  }
  const { topics } = await res.json();
  const current = ticker.shownTopic();
  const names = topics.map((t) => t.topic);
  if (current && !names.includes(current)) {
    names.push(current);
  }
  tabs.replaceChildren(tab('', 'الكل'), ...names.map((t) => tab(t, topicName(t))));
  markCurrent(current);
}

tabs.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-topic]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
    return;
  }
  event.preventDefault();
  closeSearch();
  markCurrent(link.dataset.topic);
  address(link.dataset.topic ? { topic: link.dataset.topic } : {});
  ticker.show(link.dataset.topic);
});

// --- Infinite scroll ----------------------------------------------------------------------------------------

async function loadMore() {
  byId('more-button').disabled = true;
  try {
    await ticker.loadOlder();
  } catch (e) {
    // the button stays for a retry
  } finally {
    byId('more-button').disabled = false;
  }
  // A fresh observation: if the sentinel is still in view after the page grew, it reports again and loads on.
  watcher.unobserve(more);
  watcher.observe(more);
}

const watcher = new IntersectionObserver((entries) => {
  if (entries.some((e) => e.isIntersecting) && !more.hidden && resultsArea.hidden) {
    loadMore();
  }
}, { rootMargin: '0px 0px 400px 0px' });
watcher.observe(more);
byId('more-button').hidden = false;
byId('more-button').addEventListener('click', loadMore);
document.addEventListener('akhbar:list', () => {
  more.hidden = byId('latest').dataset.more !== 'true';
});

// --- Search -------------------------------------------------------------------------------------------------

function closeSearch() {
  resultsArea.hidden = true;
  latestArea.hidden = false;
  byId('results').replaceChildren();
}

async function search(q) {
  const summary = byId('results-summary');
  latestArea.hidden = true;
  resultsArea.hidden = false;
  summary.textContent = 'جارٍ البحث…';
  address({ q });
  let hits;
  try {
    const res = await fetch('/api/v1/search?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } });
    if (!res.ok) {
      throw new Error('search answered ' + res.status);
    }
    hits = (await res.json()).items;
  } catch (e) {
    summary.textContent = 'تعذّر البحث الآن، حاول مجددًا.';
    return;
  }
  byId('results').replaceChildren(...hits.map(renderHit));
  summary.textContent = hits.length === 0 ? 'لا توجد نتائج عن «' + q + '».'
      : 'النتائج عن «' + q + '»: ' + number(hits.length);
  byId('results-heading').focus();
}

byId('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  if (q) {
    search(q);
  } else {
    closeSearch();
  }
});
byId('results-close').hidden = false;
byId('results-close').addEventListener('click', () => {
  closeSearch();
  input.value = '';
  address(ticker.shownTopic() ? { topic: ticker.shownTopic() } : {});
  byId('latest-heading').focus();
});

const asked = new URLSearchParams(location.search).get('q');
if (asked && asked.trim()) {
  input.value = asked.trim();
  search(asked.trim());
}
loadTabs().catch(() => {});
