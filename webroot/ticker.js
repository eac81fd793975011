/*
 * Akhbar's live list: "أحدث الأخبار", kept current over server-sent events, on the front page and the article page.
 *
 * Flow: the server renders the first page into the HTML, and its state into a JSON data block,
 * <script type="application/json" id="latest-state"> {topic, before, items (newest first, no bodies), lastEventId,
 * next}; the list starts from it without asking again (otherwise, and after a topic change or a reset:
 * GET /api/v1/articles?limit=<page size>[&topic=] -> {items, lastEventId, next}, see list-source.js); render; then
 * new EventSource('/api/v1/stream?lastEventId=' + lastEventId [+ '&topics=' + topic]). On every reconnect the browser
 * sends Last-Event-ID, so the server replays what the page missed. Events: ready (stream open), article (prepend),
 * update (replace in place), retract (remove), coverage (a live coverage started or ended: its story's "مباشر" mark,
 * see items.js), reset (reload the list, the stream goes on); "error" is the browser's.
 * Older pages come through the list's `next` cursor (loadOlder, driven by front.js).
 *
 * DOM contract (the browser tests rely on it):
 *   #latest                  the list (<ol>, aria-live="polite"), newest first
 *   #latest > li[data-id]    one item per article, data-id = the article id; class "breaking" when breaking
 *     .title                 the headline: exactly the article title, a link to /a/{encodeURIComponent(slug)}
 *     .badge                 "عاجل" (breaking items only)
 *     .live-mark             "مباشر", a link to /live/{slug}, while the story's live coverage runs (items.js)
 *     .excerpt, time.date (datetime = publishedAt), .ago (relative time, ticks)
 *     class "missed"         arrived in the catch-up after a reconnect; cleared after a few seconds
 *   #status[data-state]      connecting | live | reconnecting (text مباشر / جارٍ إعادة الاتصال…); hidden in the HTML
 *                            and shown by this script, so a page read without JavaScript claims no live connection
 *   #latest-state            the JSON data block the page was rendered with (see Flow); absent: the list is fetched
 *   #missed                  banner counting the items caught up after a reconnect (missed.js; hidden otherwise)
 *   #latest[data-topic]      the topic shown ("" for all); #latest[data-more] "true" while older pages remain
 *   #latest[data-exclude]    on the article page, the id of the article being read: never listed beside itself
 *   #lead, #breaking         the top story and the breaking banner, kept by headlines.js (see there)
 *   #results, #tabs, #q      search results, topic tabs and search box on the front page, kept by front.js
 *
 * After every change to the list, the document gets an "akhbar:list" event. Rendering is in items.js and dates in
 * arabic-time.js. No inline script or style, so a Content-Security-Policy of script-src 'self' holds.
 */
import { ago } from './arabic-time.js';
import { coverageChanged, renderItem } from './items.js';
import { fetchPage, served } from './list-source.js';
import { markMissed } from './missed.js';
import { rules } from './rules.js';

const PAGE_SIZE = rules.pageSize;
const MAX_SHOWN = 50;
const TICK_MS = 15000;
const CATCH_UP_MS = 2000;
const STATES = { connecting: 'جارٍ الاتصال…', live: 'مباشر', reconnecting: 'جارٍ إعادة الاتصال…' };

const byId = (id) => document.getElementById(id);
const list = byId('latest');
const status = byId('status');
const problem = byId('problem');

/** Whether an article may be listed: not the one the page is about (#latest[data-exclude]). */
const listed = (a) => String(a.id) !== (list.dataset.exclude || '');

let topic = new URLSearchParams(location.search).get('topic') || '';
let stream = null;
let lastEventId = '0';
let next = null;        // cursor of the page after the last one fetched
let held = [];          // older items taken off the page by MAX_SHOWN, shown again before fetching `next`
let loading = null;
let generation = 0;     // bumped on every topic change, so answers for the old topic are dropped
let interrupted = false;
let catchUpUntil = 0;
let pending = null;
let retryMillis = 1000;
/** Half to one and a half times the delay, so pages that failed together do not retry together. */
const spread = (millis) => Math.round(millis * (0.5 + Math.random()));

function changed() {
  list.dataset.topic = topic;
  list.dataset.more = String(Boolean(next) || held.length > 0);
  document.dispatchEvent(new CustomEvent('akhbar:list'));
}

export function tick() {
  const now = Date.now();
  for (const relative of document.querySelectorAll('.ago[data-time]')) {
    relative.textContent = ago(relative.dataset.time, now);
  }
}

function setState(state) {
  status.dataset.state = state;
  status.querySelector('.status-text').textContent = STATES[state];
}

function showProblem(text) {
  problem.textContent = text || '';
  problem.hidden = !text;
}

function itemOf(id) {
  return list.querySelector('li[data-id="' + CSS.escape(String(id)) + '"]');
}

function renderList(page) {
  list.setAttribute('aria-busy', 'true');
  list.replaceChildren(...page.items.filter(listed).map(renderItem));
  list.removeAttribute('aria-busy');
  lastEventId = String(page.lastEventId);
  next = page.next;
  held = [];
  changed();
}

const loadList = (before) => fetchPage(topic, before);

/** Appends the next older page (held items first); resolves true while more remain. One load at a time. */
export function loadOlder() {
  if (!loading) {
    const mine = generation;
    loading = (async () => {
      let items = held.splice(0, PAGE_SIZE);
      if (items.length === 0 && next) {
        const page = await loadList(next);
        if (mine !== generation) {
          return;
        }
        next = page.next;
        items = page.items;
      }
      list.append(...items.filter((a) => listed(a) && !itemOf(a.id)).map(renderItem));
      changed();
    })().finally(() => {
      loading = null;
    });
  }
  return loading.then(() => Boolean(next) || held.length > 0);
}

function onArticle(a, missed) {
  if (itemOf(a.id) || !listed(a)) {
    return;
  }
  const li = renderItem(a);
  list.prepend(li);
  if (missed) {
    markMissed(list, li);
  }
  while (list.children.length > MAX_SHOWN) {
    held.unshift(list.lastElementChild.article);
    list.lastElementChild.remove();
  }
  changed();
}

function onUpdate(a, missed) {
  const old = itemOf(a.id);
  if (!old) {
    return;
  }
  const li = renderItem(a);
  old.replaceWith(li);
  if (missed || old.classList.contains('missed')) {
    li.classList.add('missed');
  }
  changed();
}

function onRetract(r) {
  const old = itemOf(r.id);
  held = held.filter((a) => String(a.id) !== String(r.id));
  if (old) {
    old.remove();
    changed();
  }
}

function onCoverage(data) {
  coverageChanged(data);
  changed();
}

const sequence = (id) => (/^\d+$/.test(id || '') ? BigInt(id) : 0n);

/** Applies one stream event once: ids are the store's gap-free sequence, so anything not newer was applied. */
function apply(event, handler) {
  if (pending) {
    pending.push([event, handler]);
    return;
  }
  if (event.lastEventId && sequence(event.lastEventId) <= sequence(lastEventId)) {
    return;
  }
  lastEventId = event.lastEventId || lastEventId;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch (e) {
    return;
  }
  handler(data, Date.now() < catchUpUntil);
}

function onOpening() {
  retryMillis = 1000;
  setState('live');
  showProblem('');
  if (interrupted) {
    interrupted = false;
    catchUpUntil = Date.now() + CATCH_UP_MS;   // the replay follows the opening at once
  }
}

/** The server cannot resume from our id: reload the list, queueing stream events meanwhile. */
async function onReset(event) {
  onOpening();
  if (pending) {
    return;
  }
  pending = [];
  try {
    renderList(await loadList());
  } catch (e) {
    lastEventId = event.lastEventId || lastEventId;
  }
  const queued = pending;
  pending = null;
  for (const [queuedEvent, handler] of queued) {
    apply(queuedEvent, handler);
  }
}

function onError() {
  setState('reconnecting');
  interrupted = true;
  if (stream.readyState === EventSource.CLOSED) {
    // An HTTP error or a wrong type: the browser gave up, so we open a new stream from where we stand.
    stream.close();
    const mine = generation;
    setTimeout(() => mine === generation && openStream(), spread(retryMillis));
    retryMillis = Math.min(retryMillis * 2, 30000);
  }
}

function openStream() {
  stream = new EventSource('/api/v1/stream?lastEventId=' + encodeURIComponent(lastEventId)
      + (topic ? '&topics=' + encodeURIComponent(topic) : ''));
  stream.addEventListener('ready', onOpening);
  stream.addEventListener('reset', onReset);
  stream.addEventListener('article', (e) => apply(e, onArticle));
  stream.addEventListener('update', (e) => apply(e, onUpdate));
  stream.addEventListener('retract', (e) => apply(e, onRetract));
  stream.addEventListener('coverage', (e) => apply(e, onCoverage));
  stream.addEventListener('error', onError);
}

async function start(initial) {
  const mine = generation;
  let page = initial;
  try {
    page = page || await loadList();
  } catch (e) {
    if (mine === generation) {
      setState('reconnecting');
      showProblem('تعذّر تحميل الأخبار، نحاول مجددًا…');
      setTimeout(() => mine === generation && start(), spread(retryMillis));
      retryMillis = Math.min(retryMillis * 2, 30000);
    }
    return;
  }
  if (mine === generation) {
    renderList(page);
    showProblem('');
    openStream();
  }
}

/** Shows one topic ("" for all): reloads the list with ?topic= and reopens the stream from the list's event id. */
export function show(wanted) {
  generation += 1;
  topic = wanted || '';
  if (stream) {
    stream.close();
    stream = null;
  }
  pending = null;
  loading = null;
  interrupted = false;
  setState('connecting');
  return start();
}

setInterval(tick, TICK_MS);
document.addEventListener('visibilitychange', () => {
  if (!document.hidden) {
    tick();
  }
});
status.hidden = false;   // hidden in the HTML: without this script there is no live connection to show
const first = served();
if (first) {
  topic = first.topic || '';
}
start(first);

/** The topic shown ("" for all). */
export const shownTopic = () => topic;
