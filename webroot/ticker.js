/*
 * Akhbar's live page: the "أحدث الأخبار" list, kept current over server-sent events.
 *
 * Flow: GET /api/v1/articles?limit=20 -> {items (newest first), lastEventId, next}; render; then
 * new EventSource('/api/v1/stream?lastEventId=' + lastEventId). On every reconnect the browser sends Last-Event-ID,
 * so the server replays what the page missed. Events: ready (stream open), article (prepend), update (replace in
 * place), retract (remove), reset (reload the list, the stream goes on); "error" is the browser's own.
 *
 * DOM contract (the browser tests rely on it):
 *   #latest                  the list (<ol>, aria-live="polite"), newest first
 *   #latest > li[data-id]    one item per article, data-id = the article id; class "breaking" when breaking
 *     .title                 the headline: exactly the article title
 *     .badge                 "عاجل" (breaking items only)
 *     .excerpt, time.date (datetime = publishedAt), .ago (relative time, ticks)
 *     class "missed"         arrived in the catch-up after a reconnect; cleared after a few seconds
 *   #status[data-state]      connecting | live | reconnecting (text مباشر / جارٍ إعادة الاتصال…)
 *   #missed                  banner counting the items caught up after a reconnect (hidden otherwise)
 *   #lead                    the top story in <main>: the newest breaking item shown, else the newest
 *
 * Dates and relative times come from arabic-time.js, loaded first. Article text is only ever set with textContent: titles may contain markup. No inline script or style, so a
 * Content-Security-Policy of script-src 'self' holds.
 */
'use strict';

(() => {
  const LIST_URL = '/api/v1/articles?limit=20';
  const STREAM_URL = '/api/v1/stream?lastEventId=';
  const MAX_ITEMS = 50;
  const TICK_MS = 15000;
  const CATCH_UP_MS = 2000;
  const MISSED_SHOWN_MS = 12000;
  const STATES = { connecting: 'جارٍ الاتصال…', live: 'مباشر', reconnecting: 'جارٍ إعادة الاتصال…' };
  const { ago, count, date: shortDate, full: fullDate } = window.AkhbarText;

  const byId = (id) => document.getElementById(id);
  const list = byId('latest');
  const status = byId('status');
  const banner = byId('missed');
  const problem = byId('problem');
  const lead = byId('lead');

  let stream = null;
  let lastEventId = '0';
  let interrupted = false;
  let catchUpUntil = 0;
  let caughtUp = 0;
  let missedTimer = 0;
  let pending = null;
  let retryMillis = 1000;

  function make(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function fillMeta(meta, a, now) {
    const when = new Date(a.publishedAt);
    const date = meta.querySelector('time.date');
    date.dateTime = a.publishedAt;
    date.textContent = shortDate(when);
    date.title = fullDate(when);
    const relative = meta.querySelector('.ago');
    relative.dataset.time = a.publishedAt;
    relative.textContent = ago(a.publishedAt, now);
    const source = meta.querySelector('.source');
    source.textContent = a.source || '';
    source.hidden = !a.source;
  }

  function renderItem(a) {
    const li = make('li', a.breaking ? 'item breaking' : 'item');
    li.dataset.id = a.id;
    const article = make('article');
    const headline = make('h3', 'headline');
    if (a.breaking) {
      headline.append(make('span', 'badge', 'عاجل'), ' ');
    }
    headline.append(make('span', 'title', a.title));
    article.append(headline);
    if (a.excerpt) {
      article.append(make('p', 'excerpt', a.excerpt));
    }
    const meta = make('p', 'meta');
    meta.append(make('time', 'date'), make('span', 'ago'), make('span', 'source'));
    fillMeta(meta, a, Date.now());
    article.append(meta);
    li.append(article);
    li.article = a;
    return li;
  }

  function refreshLead() {
    const items = [...list.children];
    const top = items.find((li) => li.article.breaking) || items[0];
    byId('lead-empty').hidden = Boolean(top);
    lead.hidden = !top;
    if (!top) {
      return;
    }
    const a = top.article;
    lead.dataset.id = a.id;
    lead.querySelector('.lead-kicker').hidden = !a.breaking;
    lead.querySelector('.lead-title').textContent = a.title;
    lead.querySelector('.lead-excerpt').textContent = a.excerpt || '';
    fillMeta(lead.querySelector('.meta'), a, Date.now());
  }

  function tick() {
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
    list.replaceChildren(...page.items.map(renderItem));
    list.removeAttribute('aria-busy');
    lastEventId = String(page.lastEventId);
    refreshLead();
  }

  async function loadList() {
    const res = await fetch(LIST_URL, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!res.ok) {
      throw new Error('GET ' + LIST_URL + ' answered ' + res.status);
    }
    return res.json();
  }

  function markMissed(li) {
    li.classList.add('missed');
    caughtUp += 1;
    banner.textContent = 'فاتك ' + count(caughtUp, 'item') + ' أثناء انقطاع الاتصال، وهي مميّزة في القائمة.';
    banner.hidden = false;
    clearTimeout(missedTimer);
    missedTimer = setTimeout(() => {
      banner.hidden = true;
      caughtUp = 0;
      for (const seen of list.querySelectorAll('.missed')) {
        seen.classList.remove('missed');
      }
    }, MISSED_SHOWN_MS);
  }

  function onArticle(a, missed) {
    if (itemOf(a.id)) {
      return;
    }
    const li = renderItem(a);
    list.prepend(li);
    if (missed) {
      markMissed(li);
    }
    while (list.children.length > MAX_ITEMS) {
      list.lastElementChild.remove();
    }
    refreshLead();
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
    refreshLead();
  }

  function onRetract(r) {
    const old = itemOf(r.id);
    if (old) {
      old.remove();
      refreshLead();
    }
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
      setTimeout(openStream, retryMillis);
      retryMillis = Math.min(retryMillis * 2, 30000);
    }
  }

  function openStream() {
    stream = new EventSource(STREAM_URL + encodeURIComponent(lastEventId));
    stream.addEventListener('ready', onOpening);
    stream.addEventListener('reset', onReset);
    stream.addEventListener('article', (e) => apply(e, onArticle));
    stream.addEventListener('update', (e) => apply(e, onUpdate));
    stream.addEventListener('retract', (e) => apply(e, onRetract));
    stream.addEventListener('error', onError);
  }

  async function start() {
    try {
      renderList(await loadList());
    } catch (e) {
      setState('reconnecting');
      showProblem('تعذّر تحميل الأخبار، نحاول مجددًا…');
      setTimeout(start, retryMillis);
      retryMillis = Math.min(retryMillis * 2, 30000);
      return;
    }
    showProblem('');
    openStream();
  }

  setInterval(tick, TICK_MS);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) {
      tick();
    }
  });
  start();
})();
