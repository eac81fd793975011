/*
 * The two lists beside the form: recent published items (edit, retract) and scheduled items (cancel). Retracting
 * and cancelling take a confirm step in the row itself. A list is rebuilt only when its items changed, so a
 * refresh after a stream event does not steal focus or close an open confirm step.
 *
 * DOM contract (the browser tests rely on it): #recent > li[data-id] with .title, button.edit, button.live (start
 * the article's live coverage, or open it at the live desk), button.retract, and
 * while confirming .confirm with button.confirm-yes / button.confirm-no; #scheduled > li[data-id] with .title,
 * button.cancel and the same confirm step.
 */

import { date, full } from '../arabic-time.js';
import { make, topicName } from '../items.js';

const byId = (id) => document.getElementById(id);
const shown = new Map();          // list id -> JSON of the items last rendered
let confirming = null;            // "recent:12" while a row's confirm step is open

export function button(className, text, what) {
  const b = make('button', className, text);
  b.type = 'button';
  b.append(make('span', 'visually-hidden', ': ' + what));
  return b;
}

/** Opens a confirm step in a row (its .row-actions hidden meanwhile); onYes returns a promise. */
export function confirmStep(li, slot, question, yesText, onYes) {
  const box = make('div', 'confirm');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', question);
  const yes = make('button', 'confirm-yes danger', yesText);
  const no = make('button', 'confirm-no quiet', 'تراجع');
  yes.type = 'button';
  no.type = 'button';
  box.append(make('span', 'confirm-question', question), yes, no);
  const actions = li.querySelector('.row-actions');
  const close = () => {
    confirming = null;
    box.remove();
    actions.hidden = false;
    actions.querySelector('button:last-child').focus();
  };
  no.addEventListener('click', close);
  yes.addEventListener('click', () => {
    yes.disabled = true;
    no.disabled = true;
    onYes().finally(() => {
      confirming = null;
      box.remove();
      actions.hidden = false;
    });
  });
  confirming = slot;
  actions.hidden = true;
  li.append(box);
  return yes;
}

function row(slot, id, title, breaking, meta) {
  const li = make('li', breaking ? 'row breaking' : 'row');
  li.dataset.id = id;
  const head = make('p', 'row-title');
  if (breaking) {
    head.append(make('span', 'badge', 'عاجل'), ' ');
  }
  head.append(make('span', 'title', title));
  li.append(head, make('p', 'row-meta', meta.filter(Boolean).join(' · ')), make('div', 'row-actions'));
  li.dataset.slot = slot + ':' + id;
  return li;
}

/** Rebuilds #listId from items unless they are what it shows already; #listId-empty shows when there are none. */
export function render(listId, items, build) {
  const signature = JSON.stringify(items);
  if (shown.get(listId) === signature) {
    return;
  }
  shown.set(listId, signature);
  byId(listId).replaceChildren(...items.map(build));
  byId(listId + '-empty').hidden = items.length > 0;
}

/** Recent items, newest first; on({edit, retract, live}) get the article (live: with its coverageId, or null). */
export function renderRecent(items, on) {
  render('recent', items, (a) => {
    const when = new Date(a.publishedAt);
    const li = row('recent', a.id, a.title, a.breaking, [date(when), a.topic && topicName(a.topic), a.source]);
    li.querySelector('.row-meta').title = full(when);
    const actions = li.querySelector('.row-actions');
    const edit = button('edit', 'تعديل', a.title);
    const retract = button('retract danger-outline', 'سحب', a.title);
    const live = button('live', a.coverageId ? 'افتح التغطية' : 'تغطية مباشرة', a.title);
    edit.addEventListener('click', () => on.edit(a));
    live.addEventListener('click', () => on.live(a));
    const ask = () => confirmStep(li, 'recent:' + a.id, 'سيختفي الخبر من الموقع ومن البث. أتسحبه؟', 'نعم، اسحب الخبر',
      () => on.retract(a)).focus();
    retract.addEventListener('click', ask);
    actions.append(edit, live, retract);
    if (confirming === 'recent:' + a.id) {
      ask();
    }
    return li;
  });
}

/** Scheduled items, soonest first; on.cancel gets the item and returns a promise. */
export function renderScheduled(items, on) {
  render('scheduled', items, (s) => {
    const li = row('scheduled', s.id, s.title, s.breaking, ['يُنشر ' + full(new Date(s.publishAt)), s.editor]);
    const cancel = button('cancel danger-outline', 'إلغاء الجدولة', s.title);
    const ask = () => confirmStep(li, 'scheduled:' + s.id, 'لن يُنشر هذا الخبر. أتلغي جدولته؟', 'نعم، ألغِ النشر',
      () => on.cancel(s)).focus();
    cancel.addEventListener('click', ask);
    li.querySelector('.row-actions').append(cancel);
    if (confirming === 'scheduled:' + s.id) {
      ask();
    }
    return li;
  });
}

/** The row whose confirm step is open ("list:id"), or null: a list rebuilt meanwhile opens it again. */
export const confirmingSlot = () => confirming;

/** Forgets what was rendered, so the next render rebuilds (after signing in again). */
export function forgetLists() {
  shown.clear();
  confirming = null;
}
