/*
 * The console's stream: /api/v1/stream like any reader, unfiltered, so it gets the articles' events and every live
 * coverage's as well (an editor is not one of a coverage's "reading now", which counts only ?coverage= streams).
 * It shows its state in #stream-status and keeps when each event arrived: a write's answer carries the eventId its
 * stream event will have, and the console confirms "وصل إلى البث" when that event comes.
 */

const ARRIVAL_WAIT_MS = 5000;
const EVENTS = ['article', 'update', 'retract', 'coverage', 'entry', 'entry-update', 'entry-delete', 'topic-name'];
const byId = (id) => document.getElementById(id);
const arrivals = new Map();   // stream event id -> performance.now() when it arrived
const waiting = new Map();    // stream event id -> resolve
let stream = null;
let onEvent = () => {};

function show(state) {
  const indicator = byId('stream-status');
  indicator.dataset.state = state;
  indicator.querySelector('.status-text').textContent = state === 'live' ? 'البث متصل'
    : state === 'reconnecting' ? 'جارٍ إعادة الاتصال بالبث…' : 'جارٍ الاتصال بالبث…';
}

function arrived(event) {
  arrivals.set(event.lastEventId, performance.now());
  if (arrivals.size > 500) {
    arrivals.delete(arrivals.keys().next().value);
  }
  const resolve = waiting.get(event.lastEventId);
  if (resolve) {
    waiting.delete(event.lastEventId);
    resolve();
  }
  onEvent(event);
}

function connect() {
  const opened = new EventSource('/api/v1/stream');
  stream = opened;
  opened.addEventListener('ready', () => show('live'));
  for (const type of EVENTS) {
    opened.addEventListener(type, arrived);
  }
  opened.addEventListener('reset', (event) => onEvent(event));
  opened.addEventListener('error', () => {
    show('reconnecting');
    if (opened.readyState === EventSource.CLOSED) {
      opened.close();
      setTimeout(() => stream === opened && connect(), 2000);
    }
  });
}

/** Opens the stream; handler gets every event (a MessageEvent whose type is the event's name). */
export function openStream(handler) {
  onEvent = handler;
  show('connecting');
  connect();
}

export function closeStream() {
  if (stream) {
    stream.close();
    stream = null;
  }
}

/** Resolves with the milliseconds from started to the event's arrival, or null if it did not come in time. */
export function arrival(eventId, started) {
  const id = String(eventId);
  const at = () => (arrivals.has(id) ? Math.max(0, arrivals.get(id) - started) : null);
  if (arrivals.has(id)) {
    return Promise.resolve(at());
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      resolve(null);
    }, ARRIVAL_WAIT_MS);
    waiting.set(id, () => {
      clearTimeout(timer);
      resolve(at());
    });
  });
}
