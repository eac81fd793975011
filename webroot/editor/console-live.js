/*
 * The live desk: pick a live story (GET /api/v1/live) or make a recent article live, write entries (form in
 * console-live-form.js), mark them key events, pin, edit and delete them (list in console-live-entries.js), end the
 * coverage, and see how many read it now (GET /api/v1/live/{id}/audience, asked every few seconds while a coverage
 * is open at the desk). The desk reads the coverage again when the console's stream brings one of its events.
 *
 * DOM contract (the browser tests rely on it): #live-coverage (a select; option value = coverage id),
 * #live-pick-problem; #live-current once a coverage is picked, with #live-state[data-live], #live-title and
 * #live-audience[data-count]; #live-compose with #live-field-<title|body|keyEvent|pinned> and their -error,
 * #live-fields (disabled once ended), #live-ended-note, #live-publish, #live-cancel-edit, #live-problem;
 * #live-status[data-state] sending | sent | arrived | done | failed; #live-end and, in #live-end-box, its confirm
 * step (button.confirm-yes / button.confirm-no); the entries as written in console-live-entries.js.
 */
import { number } from '../arabic-time.js';
import { ApiError, newKey } from './console-api.js';
import { renderEntries } from './console-live-entries.js';
import { createLiveForm } from './console-live-form.js';
import { confirmStep } from './console-lists.js';
import { liveMessage, statusMessage } from './console-messages.js';

const AUDIENCE_EVERY_MS = 3000;
const LIVE_EVENTS = new Set(['coverage', 'entry', 'entry-update', 'entry-delete', 'reset']);
const byId = (id) => document.getElementById(id);

/** host: {signOut(message), confirmArrival(eventId, started, what, statusId)} from console.js. */
export function createLiveDesk(host) {
  const form = createLiveForm();
  let api = null;
  let coverages = [];
  let shownOptions = '';
  let current = null;   // the id of the coverage open at the desk
  let audienceTimer = 0;
  let loadTimer = 0;

  function say(state, text) {
    const status = byId('live-status');
    status.dataset.state = state;
    status.textContent = text;
  }

  function pickProblem(text) {
    byId('live-pick-problem').textContent = text;
    byId('live-pick-problem').hidden = !text;
  }

  /** A failed call: 401 signs out; field errors go beside their fields; the rest is one sentence (where). */
  function failed(err, where = form.errors.showProblem) {
    const status = err instanceof ApiError ? err.status : 0;
    const fields = status ? err.fieldErrors : [];
    if (status === 401) {
      host.signOut(statusMessage(401));
    } else if (status === 400 && fields.length > 0) {
      form.errors.show(fields);
      say('failed', 'لم يُنشر شيء: صحّح الحقول المشار إليها.');
    } else {
      where(liveMessage(status, fields.length > 0 ? fields[0].field : '', err.retryAfter));
      say('failed', '');
    }
  }

  /** Lists the coverages in the picker; returns article id -> coverage id, for the recent list's buttons. */
  function showCoverages(items) {
    coverages = items;
    const signature = JSON.stringify(items.map((c) => [c.id, c.title, c.live]));
    const select = byId('live-coverage');
    if (signature !== shownOptions) {
      shownOptions = signature;
      select.replaceChildren(new Option('اختر تغطية…', ''),
        ...items.map((c) => new Option(c.live ? c.title : c.title + ' (انتهت)', c.id)));
    }
    select.value = current || '';
    return new Map(items.map((c) => [c.articleId, c.id]));
  }

  function showCoverage(c) {
    const state = byId('live-state');
    state.dataset.live = String(c.live);
    state.textContent = c.live ? 'مباشر' : 'انتهت التغطية';
    byId('live-title').textContent = c.title;
    byId('live-title').href = '/live/' + encodeURIComponent(c.slug);
    byId('live-end-box').hidden = !c.live;
    form.setEnded(!c.live);
  }

  async function load() {
    const id = current;
    if (!api || !id) {
      return;
    }
    try {
      const page = await api.coverage(id);
      if (id === current) {
        showCoverage(page.coverage);
        renderEntries(page.items, !page.coverage.live, { keyEvent, pin, edit: form.edit, remove });
      }
    } catch (err) {
      failed(err);
    }
  }

  function loadSoon() {
    clearTimeout(loadTimer);
    loadTimer = setTimeout(load, 150);
  }

  async function audience() {
    const id = current;
    if (!api || !id) {
      return;
    }
    try {
      const { count } = await api.audience(id);
      if (id === current) {
        byId('live-audience').dataset.count = String(count);
        byId('live-audience').textContent = 'يقرأ الآن: ' + number(count);
      }
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        failed(err);
      }   // anything else: the last count stays until the next ask answers
    }
  }

  /** Opens a coverage at the desk (null: none), reads it and starts asking for its audience. */
  function pick(id) {
    clearInterval(audienceTimer);
    if (id !== current) {
      form.reset();
      say('', '');
      byId('live-audience').dataset.count = '';
      byId('live-audience').textContent = 'يقرأ الآن: —';
    }
    current = id || null;
    byId('live-coverage').value = current || '';
    byId('live-current').hidden = !current;
    const known = coverages.find((c) => c.id === current);
    if (known) {
      showCoverage(known);   // at once from the list; the read below brings the entries
    }
    if (current) {
      load();
      audience();
      audienceTimer = setInterval(audience, AUDIENCE_EVERY_MS);
    }
  }

  /** Writes, then confirms the event's arrival on the stream (a delete's answer has none to wait for). */
  async function write(call, what) {
    const started = performance.now();
    form.errors.showProblem('');
    try {
      const done = await call();
      loadSoon();
      if (done && done.eventId) {
        await host.confirmArrival(done.eventId, started, what, 'live-status');
      } else {
        say('done', what + '.');
      }
    } catch (err) {
      failed(err);
    }
  }

  const keyEvent = (e) => write(() => api.changeEntry(current, e.id, { keyEvent: !e.keyEvent }),
    e.keyEvent ? 'لم يعد التحديث حدثًا رئيسيًا' : 'صار التحديث حدثًا رئيسيًا');

  const pin = (e) => write(() => api.changeEntry(current, e.id, { pinned: !e.pinned }),
    e.pinned ? 'أُلغي تثبيت التحديث' : 'ثُبّت التحديث في الأعلى');

  function remove(e) {
    if (form.editing() && form.editing().id === e.id) {
      form.reset();
    }
    return write(() => api.deleteEntry(current, e.id), 'حُذف التحديث');
  }

  async function submit(event) {
    event.preventDefault();
    const publish = byId('live-publish');
    if (publish.disabled || !current) {
      return;
    }
    form.errors.clear();
    const editing = form.editing();
    const body = editing ? form.patch() : form.entry();
    if (editing && Object.keys(body).length === 0) {
      say('failed', 'لم يتغيّر شيء في التحديث.');
      return;
    }
    publish.disabled = true;
    say('sending', editing ? 'جارٍ حفظ التعديل…' : 'جارٍ نشر التحديث…');
    const started = performance.now();
    try {
      const saved = editing ? await api.changeEntry(current, editing.id, body)
        : await api.addEntry(current, body, form.key());
      form.reset();
      loadSoon();
      await host.confirmArrival(saved.eventId, started, editing ? 'حُفظ التعديل' : 'نُشر التحديث', 'live-status');
    } catch (err) {
      if (err instanceof ApiError && err.status === 422) {
        form.renewKey();   // that key went with another text; the next try is a new request
      }
      failed(err);
    } finally {
      publish.disabled = false;
    }
  }

  async function end() {
    const started = performance.now();
    try {
      const c = await api.endLive(current);
      showCoverage(c);
      loadSoon();
      await host.confirmArrival(c.eventId, started, 'انتهت التغطية', 'live-status');
    } catch (err) {
      failed(err);
    }
  }

  /** From the recent list: opens the article's coverage, starting it first when it has none. */
  async function start(article) {
    pickProblem('');
    if (!article.coverageId) {
      try {
        const c = await api.startLive(article.id, newKey());
        showCoverages([c, ...coverages.filter((other) => other.id !== c.id)]);
        article = { ...article, coverageId: c.id };
      } catch (err) {
        failed(err, pickProblem);
        const known = coverages.find((c) => c.articleId === article.id);
        if (!known) {
          return;
        }
        article = { ...article, coverageId: known.id };
      }
    }
    pick(article.coverageId);
    byId('live-desk').scrollIntoView({ block: 'start' });
    byId('live-compose-heading').focus();
  }

  function onStreamEvent(event) {
    if (!current || !LIVE_EVENTS.has(event.type)) {
      return;
    }
    let data = {};
    try {
      data = JSON.parse(event.data || '{}');
    } catch (e) {
      return;
    }
    const id = data.coverageId || (data.entry && data.entry.coverageId) || (data.coverage && data.coverage.id);
    if (event.type === 'reset' || id === current) {
      loadSoon();
    }
  }

  form.form.addEventListener('submit', submit);
  byId('live-coverage').addEventListener('change', (event) => pick(event.target.value));
  byId('live-cancel-edit').addEventListener('click', () => {
    form.reset();
    say('', 'أُلغي التعديل.');
  });
  byId('live-end').addEventListener('click', () => confirmStep(byId('live-end-box'), 'end:' + current,
    'ستنتهي التغطية ولن تُقبل فيها تحديثات جديدة. أتنهيها؟', 'نعم، أنهِ التغطية', end).focus());

  return Object.freeze({
    showCoverages,
    start,
    onStreamEvent,
    open: (client) => {
      api = client;
      shownOptions = '';
      pick(null);
    },
    close: () => {
      pick(null);
      api = null;
      clearTimeout(loadTimer);
    },
  });
}
