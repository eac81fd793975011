/*
 * The newsroom console (/editor/): sign in with a pasted token, write a breaking flash or a full article, publish
 * it and see it arrive on the stream, edit and retract recent items, cancel scheduled ones, and tell a story live
 * at the live desk (console-live.js).
 *
 * The token is checked against an editors-only endpoint (GET /api/v1/scheduled) before it is kept in
 * sessionStorage. The console listens to /api/v1/stream like any reader: a write's answer carries the eventId its
 * stream event will have, and the confirmation "وصل إلى البث" shows when that event arrives.
 *
 * DOM contract (the browser tests rely on it): #token, #sign-in-form, #token-error; #desk once signed in;
 * #stream-status[data-state] connecting | live | reconnecting; #compose with input[name=mode] (flash | article),
 * #field-<name> and #field-<name>-error for title, excerpt, body, topic, source, breaking, publishAt; #publish,
 * #cancel-edit, #compose-problem; #compose-status[data-state] sending | sent | arrived | failed (data-millis: from
 * the click to the event's arrival); #preview; the lists as written in console-lists.js; the live desk as written
 * in console-live.js; the topics section as written in console-topics.js.
 */
import { full } from '../arabic-time.js';
import { ApiError, client, session, wellFormed } from './console-api.js';
import { createCompose } from './console-form.js';
import { createLiveDesk } from './console-live.js';
import { forgetLists, renderRecent, renderScheduled } from './console-lists.js';
import { MISSING_TOKEN, decimal, statusMessage } from './console-messages.js';
import { arrival, closeStream, openStream } from './console-stream.js';
import { createTopicDesk } from './console-topics.js';

const byId = (id) => document.getElementById(id);
const compose = createCompose();
const live = createLiveDesk({ signOut: (message) => signOut(message), confirmArrival });
const topics = createTopicDesk({ signOut: (message) => signOut(message) });
let api = null;
let refreshTimer = 0;

function say(state, text, line = 'compose-status') {
  const status = byId(line);
  status.dataset.state = state;
  status.textContent = text;
}

function tokenError(text) {
  const slot = byId('token-error');
  slot.textContent = text;
  slot.hidden = !text;
  byId('token').setAttribute('aria-invalid', String(Boolean(text)));
  byId('token').focus();
}

/** A failed call: 401 signs out (the token was revoked meanwhile); field errors go beside their fields. */
function failed(err) {
  const status = err instanceof ApiError ? err.status : 0;
  if (status === 401) {
    signOut(statusMessage(401));
  } else if (status === 400 && err.fieldErrors.length > 0) {
    compose.showErrors(err.fieldErrors);
    say('failed', 'لم يُنشر شيء: صحّح الحقول المشار إليها.');
  } else {
    compose.showProblem(statusMessage(status, err.retryAfter));
    say('failed', '');
  }
}

/** Says in a status line (compose's unless another is named) when a write's event came back on the stream. */
async function confirmArrival(eventId, started, what, line = 'compose-status') {
  say('sent', what + '، بانتظار وصوله إلى البث…', line);
  const millis = await arrival(eventId, started);
  if (millis === null) {
    say('sent', what + '، لكنه لم يصل إلى البث بعد. تحقّق من اتصال البث.', line);
    return;
  }
  byId(line).dataset.millis = String(Math.round(millis));
  say('arrived', 'وصل إلى البث بعد ' + decimal(millis / 1000, 2) + ' ثانية: ' + what + '.', line);
}

async function refresh() {
  if (!api) {
    return;
  }
  try {
    const [recent, scheduled, coverages] = await Promise.all([api.recent(), api.scheduled(), api.coverages()]);
    const liveOf = live.showCoverages(coverages.items);
    renderRecent(recent.items.map((a) => ({ ...a, coverageId: liveOf.get(a.id) || null })),
      { edit: compose.edit, retract, live: live.start });
    renderScheduled(scheduled.items, { cancel });
  } catch (err) {
    failed(err);
  }
}

function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refresh, 150);
}

async function submit(event) {
  event.preventDefault();
  const button = byId('publish');
  if (button.disabled) {
    return;
  }
  compose.clearErrors();
  const editing = compose.editing();
  const body = editing ? compose.patch() : compose.article();
  if (editing && Object.keys(body).length === 0) {
    say('failed', 'لم يتغيّر شيء في الخبر.');
    return;
  }
  button.disabled = true;
  say('sending', editing ? 'جارٍ حفظ التعديل…' : 'جارٍ النشر…');
  const started = performance.now();
  try {
    const saved = editing ? await api.change(editing.id, body) : await api.publish(body, compose.key());
    compose.reset();
    compose.focusTitle();
    refreshSoon();
    if (saved.scheduled) {
      say('arrived', 'جُدول الخبر للنشر ' + full(new Date(saved.publishAt)) + '.');
    } else {
      await confirmArrival(saved.eventId, started, editing ? 'حُفظ التعديل' : 'نُشر الخبر');
    }
  } catch (err) {
    if (err instanceof ApiError && err.status === 422) {
      compose.renewKey();   // that key went with another text; the next try is a new request
    }
    failed(err);          // any other failure keeps the key: a retry returns the first result if it was stored
  } finally {
    button.disabled = false;
  }
}

async function retract(article) {
  const started = performance.now();
  try {
    const done = await api.retract(article.id);
    if (compose.editing() && compose.editing().id === article.id) {
      compose.reset();
    }
    refreshSoon();
    await confirmArrival(done.eventId, started, 'سُحب الخبر');
  } catch (err) {
    failed(err);
  }
}

async function cancel(item) {
  try {
    await api.cancel(item.id);
    say('arrived', 'أُلغيت جدولة الخبر ولن يُنشر.');
  } catch (err) {
    failed(err);
  }
  refreshSoon();
}

function enter(token) {
  api = client(token);
  forgetLists();
  byId('sign-in').hidden = true;
  byId('desk').hidden = false;
  byId('sign-out').hidden = false;
  byId('stream-status').hidden = false;
  openStream((event) => {
    refreshSoon();
    live.onStreamEvent(event);
    topics.onStreamEvent(event);
  });
  live.open(api);
  topics.open(api);
  compose.reset();
  refresh();
  compose.focusTitle();
}

function signOut(message) {
  session.forget();
  api = null;
  closeStream();
  live.close();
  topics.close();
  byId('desk').hidden = true;
  byId('sign-out').hidden = true;
  byId('stream-status').hidden = true;
  byId('sign-in').hidden = false;
  tokenError(message || '');
}

async function signIn(event) {
  event.preventDefault();
  const token = byId('token').value.trim();
  if (!token) {
    tokenError(MISSING_TOKEN);
    return;
  }
  if (!wellFormed(token)) {
    tokenError(statusMessage(401));
    return;
  }
  const button = byId('sign-in-button');
  button.disabled = true;
  try {
    await client(token).verify();
    session.keep(token);
    byId('token').value = '';
    tokenError('');
    enter(token);
  } catch (err) {
    tokenError(statusMessage(err instanceof ApiError ? err.status : 0, err.retryAfter));
  } finally {
    button.disabled = false;
  }
}

byId('sign-in-form').addEventListener('submit', signIn);
byId('compose').addEventListener('submit', submit);
byId('cancel-edit').addEventListener('click', () => {
  compose.reset();
  say('', 'أُلغي التعديل.');
  compose.focusTitle();
});
byId('sign-out').addEventListener('click', () => signOut(''));

const kept = session.token();
if (kept) {
  client(kept).verify().then(() => enter(kept), (err) => (err.status === 401
    ? signOut(statusMessage(401)) : tokenError(statusMessage(err.status, err.retryAfter))));
} else {
  byId('token').focus();
}
