/*
 * A live coverage's page (/live/{slug}), kept current over server-sent events.
 *
 * Flow: the server renders the page (pinned entry, key events, the newest entries) and its state in
 * <script type="application/json" id="live-state"> {coverageId, live, lastEventId, next, older}; unless the page is
 * one of older entries (older: true, reached by ?before= without script), this script opens
 * /api/v1/stream?coverage=<id>&lastEventId=<lastEventId>, so nothing falls between the page and the stream (the
 * browser sends Last-Event-ID on every reconnect). Events: entry (a new entry), entry-update (edit, pin, key event;
 * `unpinned` names the entry a pin was taken from), entry-delete, coverage (live=false: the coverage ended),
 * audience ({count}: readers now), reset (the server cannot resume: the page is reloaded). Older entries come from
 * GET /api/v1/live/{id}?before=<next>.
 *
 * DOM contract (the browser tests rely on it):
 *   main#content[data-live]      "true" while the coverage runs; [data-stream] "open" while the stream is
 *   #pinned > .entry             the pinned entry (the section is hidden when none is pinned)
 *   #key-list > li[data-id]      the key events' jump links (a[href="#entry-{id}"]), newest first
 *   #entries > .entry[data-id]   the other entries, newest first; each article#entry-{id}
 *   #new-updates                 "N new updates": entries waiting while the reader is scrolled down
 *   #audience                    "N reading now"; #live-mark / #ended-mark; #load-more (older entries)
 * A reader near the top sees new entries at once; further down they wait behind #new-updates, counted in the title.
 */
import { ago, counted, number } from './arabic-time.js';
import { fillTime, placeByTime, renderEntry, renderKey, setFlags } from './live-entries.js';
import { rules } from './rules.js';

const AT_TOP_PX = 120;
const TICK_MS = 15000;
const WAITING = { one: 'تحديث جديد واحد', two: 'تحديثان جديدان', few: 'تحديثات جديدة', many: 'تحديثًا جديدًا',
  other: 'تحديث جديد' };
const READERS = { one: 'قارئ واحد', two: 'قارئان', few: 'قرّاء', many: 'قارئًا', other: 'قارئ' };

const byId = (id) => document.getElementById(id);
const main = byId('content');
const pinned = byId('pinned');
const entries = byId('entries');
const keyList = byId('key-list');
const newUpdates = byId('new-updates');
const state = JSON.parse(byId('live-state').textContent);
const title = document.title;

let lastEventId = state.lastEventId;
let next = state.next;
let waiting = [];
let stream = null;
let retryMillis = 1000;

const entryOf = (id) => byId('entry-' + id);
const atTop = () => window.scrollY < AT_TOP_PX;
const sequence = (id) => (/^\d+$/.test(id || '') ? BigInt(id) : 0n);

function tick() {
  const now = Date.now();
  for (const relative of document.querySelectorAll('.ago[data-time]')) {
    relative.textContent = ago(relative.dataset.time, now);
  }
}

function showWaiting() {
  newUpdates.hidden = waiting.length === 0;
  newUpdates.textContent = waiting.length ? counted(waiting.length, WAITING) + ' — اضغط للعرض' : '';
  document.title = waiting.length ? '(' + number(waiting.length) + ') ' + title : title;
}

/** Shows the entries that waited, newest on top. */
function flush() {
  const shown = waiting;
  waiting = [];
  for (const e of shown) {
    place(e);
  }
  showWaiting();
}

/** Puts an entry where it belongs: the pinned slot, or the list by its time; keeps its key event link. */
function place(e) {
  const node = renderEntry(e);
  const old = entryOf(e.id);
  if (e.pinned) {
    if (old) {
      old.remove();
    }
    for (const other of [...pinned.querySelectorAll('.entry')]) {
      unpin(other.dataset.id);
    }
    pinned.replaceChildren(node);
  } else if (old && old.parentElement === entries) {
    old.replaceWith(node);
  } else {
    if (old) {
      old.remove();
    }
    placeByTime(entries, node);
  }
  pinned.hidden = !pinned.querySelector('.entry');
  keyLink(e);
  const none = byId('no-entries');
  if (none) {
    none.remove();
  }
}

/** The entry that lost the pin goes back among the others, by its time. */
function unpin(id) {
  const node = id && entryOf(id);
  if (node && node.parentElement === pinned) {
    setFlags(node, { keyEvent: node.classList.contains('key'), summary: node.classList.contains('summary') });
    placeByTime(entries, node);
    pinned.hidden = !pinned.querySelector('.entry');
  }
}

function keyLink(e) {
  const old = keyList.querySelector('li[data-id="' + CSS.escape(e.id) + '"]');
  if (old) {
    old.remove();
  }
  if (e.keyEvent) {
    placeByTime(keyList, renderKey(e));
  }
  byId('key-events').hidden = !keyList.children.length;
}

function onEntry(data) {
  const e = data.entry;
  if (entryOf(e.id) || waiting.some((w) => w.id === e.id)) {
    onUpdate(data);
  } else if (e.pinned || atTop()) {
    unpin(data.unpinned);
    place(e);
  } else {
    waiting.unshift(e);
    keyLink(e);
    showWaiting();
  }
}

function onUpdate(data) {
  const e = data.entry;
  unpin(data.unpinned);
  const i = waiting.findIndex((w) => w.id === e.id);
  if (i >= 0 && !e.pinned) {
    waiting[i] = e;
    keyLink(e);
  } else if (i < 0 && !e.pinned && !entryOf(e.id)) {
    keyLink(e);   // an older entry not loaded here: "load more" brings it as it is now
  } else {
    waiting = waiting.filter((w) => w.id !== e.id);
    place(e);
    showWaiting();
  }
}

function onDelete(data) {
  const id = String(data.id);
  waiting = waiting.filter((w) => w.id !== id);
  showWaiting();
  const node = entryOf(id);
  if (node) {
    node.remove();
  }
  keyLink({ id, keyEvent: false });
  pinned.hidden = !pinned.querySelector('.entry');
}

function onCoverage(data) {
  if (data.coverage.live) {
    return;
  }
  main.dataset.live = 'false';
  byId('live-mark').hidden = true;
  byId('ended-mark').hidden = false;
  byId('audience').hidden = true;
  flush();
  stream.close();
  delete main.dataset.stream;
}

function onAudience(event) {
  const data = JSON.parse(event.data);
  const audience = byId('audience');
  audience.textContent = counted(Number(data.count), READERS) + ' يتابعون الآن';
  audience.hidden = main.dataset.live !== 'true';
}

/** Applies one stored event once: ids are the store's gap-free sequence, so anything not newer was applied. */
function apply(event, handler) {
  if (event.lastEventId && sequence(event.lastEventId) <= sequence(lastEventId)) {
    return;
  }
  lastEventId = event.lastEventId || lastEventId;
  handler(JSON.parse(event.data));
}

/**
 * The browser reconnects by itself (with Last-Event-ID) after a dropped stream, but gives up on an HTTP error: then
 * a new stream is opened from the last applied event, after a delay that doubles up to 30 s, spread so that pages
 * that failed together do not come back together.
 */
function onError() {
  delete main.dataset.stream;
  if (stream.readyState === EventSource.CLOSED && main.dataset.live === 'true') {
    stream.close();
    setTimeout(openStream, Math.round(retryMillis * (0.5 + Math.random())));
    retryMillis = Math.min(retryMillis * 2, 30000);
  }
}

function openStream() {
  stream = new EventSource('/api/v1/stream?coverage=' + encodeURIComponent(state.coverageId) + '&lastEventId='
      + encodeURIComponent(lastEventId));
  stream.addEventListener('ready', () => {
    main.dataset.stream = 'open';
    retryMillis = 1000;
    byId('problem').hidden = true;
  });
  stream.addEventListener('error', onError);
  stream.addEventListener('reset', () => location.reload());
  stream.addEventListener('entry', (e) => apply(e, onEntry));
  stream.addEventListener('entry-update', (e) => apply(e, onUpdate));
  stream.addEventListener('entry-delete', (e) => apply(e, onDelete));
  stream.addEventListener('coverage', (e) => apply(e, onCoverage));
  stream.addEventListener('audience', onAudience);
}

/** Appends the next older page of entries from the readers' API; the link stays for readers without script. */
async function loadMore(event) {
  event.preventDefault();
  const link = event.currentTarget;
  const res = await fetch('/api/v1/live/' + encodeURIComponent(state.coverageId) + '?limit=' + rules.pageSize
      + '&before=' + encodeURIComponent(next), { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    byId('problem').textContent = 'تعذّر تحميل التحديثات الأقدم، حاول مجددًا.';
    byId('problem').hidden = false;
    return;
  }
  const page = await res.json();
  for (const e of page.items) {
    if (!entryOf(e.id) && !e.pinned) {
      entries.append(renderEntry(e));
    }
  }
  next = page.next;
  link.parentElement.hidden = !next;
}

for (const time of document.querySelectorAll('.entry time.date, .live-head time')) {
  fillTime(time, time.dateTime);
}
tick();
setInterval(tick, TICK_MS);
newUpdates.addEventListener('click', () => {
  flush();
  entries.scrollIntoView({ block: 'start' });
});
window.addEventListener('scroll', () => {
  if (waiting.length && atTop()) {
    flush();
  }
}, { passive: true });
window.addEventListener('hashchange', () => {
  // a key event's link to an entry still waiting behind the button: show the waiting ones, then go there
  const id = location.hash.startsWith('#entry-') ? location.hash.substring('#entry-'.length) : '';
  if (id && !entryOf(id) && waiting.some((w) => w.id === id)) {
    flush();
    entryOf(id).scrollIntoView();
  }
});
const more = byId('load-more');
if (more) {
  more.addEventListener('click', loadMore);
}
if (state.live && !state.older) {
  openStream();
}
