/*
 * The live desk's published entries, newest first: each with its title, the text of its body, its time and author,
 * and its actions: key event and pin (toggles, aria-pressed), edit, and delete behind a confirm step in the row.
 * An ended coverage's entries show without actions. The body's text is read from the server's cleaned HTML in an
 * inert document (DOMParser runs no script and loads nothing), never put into the page as markup.
 *
 * DOM contract (the browser tests rely on it): #live-entries > li[data-id] (data-key-event, data-pinned) with
 * .title, .entry-text, button.key, button.pin, button.edit, button.delete, and while confirming .confirm with
 * button.confirm-yes / button.confirm-no; #live-entries-empty when there are none.
 */
import { full } from '../arabic-time.js';
import { make } from '../items.js';
import { button, confirmStep, confirmingSlot, render } from './console-lists.js';

const parser = new DOMParser();

/** The body's text, one line per paragraph (or other top-level block). */
const textOf = (html) => [...parser.parseFromString(html, 'text/html').body.childNodes]
  .map((node) => node.textContent.trim()).filter(Boolean).join('\n');

function toggle(className, pressed, text, what) {
  const b = button(className, text, what);
  b.setAttribute('aria-pressed', String(pressed));
  return b;
}

function head(e) {
  const p = make('p', 'row-title');
  if (e.pinned) {
    p.append(make('span', 'badge pin-badge', 'مثبّت'), ' ');
  }
  if (e.keyEvent) {
    p.append(make('span', 'badge key-badge', 'حدث رئيسي'), ' ');
  }
  p.append(make('span', 'title', e.title || ''));
  return p;
}

/**
 * Shows a coverage's entries; on({keyEvent, pin, edit, remove}) get the entry (remove returns a promise).
 *
 * @param ended true once the coverage has ended: no actions
 */
export function renderEntries(entries, ended, on) {
  render('live-entries', entries.map((e) => ({ ...e, ended })), (e) => {
    const li = make('li', e.pinned ? 'row pinned' : e.keyEvent ? 'row key' : 'row');
    li.dataset.id = e.id;
    li.dataset.keyEvent = String(e.keyEvent);
    li.dataset.pinned = String(e.pinned);
    const when = new Date(e.publishedAt);
    const meta = make('p', 'row-meta', [full(when), e.author && e.author.name].filter(Boolean).join(' · '));
    const actions = make('div', 'row-actions');
    li.append(head(e), make('p', 'entry-text', textOf(e.body)), meta, actions);
    if (ended) {
      actions.hidden = true;
      return li;
    }
    const what = e.title || textOf(e.body).slice(0, 40);
    const key = toggle('key', e.keyEvent, e.keyEvent ? 'ليس حدثًا رئيسيًا' : 'حدث رئيسي', what);
    const pin = toggle('pin', e.pinned, e.pinned ? 'ألغِ التثبيت' : 'ثبّت في الأعلى', what);
    const edit = button('edit', 'تعديل', what);
    const remove = button('delete danger-outline', 'حذف', what);
    key.addEventListener('click', () => on.keyEvent(e));
    pin.addEventListener('click', () => on.pin(e));
    edit.addEventListener('click', () => on.edit(e));
    const ask = () => confirmStep(li, 'live:' + e.id, 'سيختفي هذا التحديث من الصفحة المباشرة عند كل القرّاء. أتحذفه؟',
      'نعم، احذف التحديث', () => on.remove(e)).focus();
    remove.addEventListener('click', ask);
    actions.append(key, pin, edit, remove);
    if (confirmingSlot() === 'live:' + e.id) {
      ask();
    }
    return li;
  });
}
