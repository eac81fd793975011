/*
 * The live desk's entry form: an optional title, a body, "key event" and "pinned", for a new entry or one being
 * edited. Reads it as API JSON (a POST body, or for an edit a PATCH of only what changed), shows the server's field
 * errors in Arabic beside their fields, counts characters against the server's limits (rules.entryTitleMax and
 * entryBodyMax), and keeps one Idempotency-Key per entry so a retry after a lost answer posts nothing twice.
 *
 * The preview is text only, like the article's (console-preview.js): the body shows as typed, tags and all; the
 * server is the one sanitiser and readers see its result. An ended coverage disables the form with a note.
 */
import { newKey } from './console-api.js';
import { createFieldErrors, showCount } from './console-errors.js';
import { LIVE_LABELS } from './console-messages.js';
import { rules } from '../rules.js';

const byId = (id) => document.getElementById(id);
const input = (field) => byId('live-field-' + field);
const FLAGS = ['keyEvent', 'pinned'];

export function createLiveForm() {
  const form = byId('live-compose');
  const errors = createFieldErrors(form, byId('live-problem'), 'live-field-', LIVE_LABELS);
  let editing = null;
  let key = newKey();
  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);

  function values() {
    return {
      title: input('title').value, body: input('body').value,
      keyEvent: input('keyEvent').checked, pinned: input('pinned').checked,
    };
  }

  /** A new entry as the POST body: the body always (the server names it when empty), a title only when written. */
  function entry() {
    const v = values();
    const out = { body: v.body, keyEvent: v.keyEvent, pinned: v.pinned };
    if (v.title.trim()) {
      out.title = v.title;
    }
    return out;
  }

  /** For an edit: only what differs from the entry as loaded ("" removes the title). */
  function patch() {
    const v = values();
    const out = {};
    if (v.title !== (editing.title || '')) {
      out.title = v.title.trim() ? v.title : '';   // spaces alone remove the title; the server refuses them as one
    }
    if (v.body !== editing.body) {
      out.body = v.body;
    }
    for (const flag of FLAGS) {
      if (v[flag] !== editing[flag]) {
        out[flag] = v[flag];
      }
    }
    return out;
  }

  function refresh() {
    const v = values();
    showCount(byId('live-field-title-count'), v.title.trim(), rules.entryTitleMax);
    showCount(byId('live-field-body-count'), v.body, rules.entryBodyMax);
    byId('live-publish').textContent = editing ? 'احفظ التعديل' : 'انشر التحديث';
    byId('live-compose-heading').textContent = editing ? 'تعديل تحديث' : 'تحديث جديد';
    byId('live-cancel-edit').hidden = !editing;
    const card = byId('live-preview');
    const part = (name) => card.querySelector('.' + name);
    part('key-badge').hidden = !v.keyEvent;
    part('pin-badge').hidden = !v.pinned;
    part('preview-title').textContent = v.title;
    part('preview-title').hidden = !v.title.trim();
    part('preview-body').textContent = v.body || 'نص التحديث يظهر هنا';
    part('preview-body').classList.toggle('placeholder', !v.body);
  }

  function fill(e) {
    input('title').value = e.title || '';
    input('body').value = e.body || '';
    for (const flag of FLAGS) {
      input(flag).checked = Boolean(e[flag]);
    }
  }

  /** Shows an entry to edit, or with null a blank new entry (and a fresh Idempotency-Key). */
  function load(e) {
    if (!e) {
      key = newKey();
    }
    editing = e;
    fill(e || {});
    errors.clear();
    refresh();
  }

  const reset = () => load(null);

  function edit(e) {
    load(e);
    input('body').focus();
  }

  /** Open for writing, or closed with its note once the coverage has ended. */
  function setEnded(ended) {
    byId('live-fields').disabled = ended;
    byId('live-ended-note').hidden = !ended;
    if (ended && editing) {
      reset();
    }
  }

  refresh();
  return Object.freeze({
    form, errors, entry, patch, edit, reset, setEnded,
    editing: () => editing,
    key: () => key,
    renewKey: () => { key = newKey(); },
  });
}
