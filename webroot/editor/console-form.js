/*
 * The compose form: a breaking flash (title only, sent with breaking=true) or a full article, new or being edited.
 * Reads what the editor wrote as API JSON (a POST body, or for an edit a PATCH of only what changed), shows the
 * server's field errors in Arabic beside their fields, and keeps one Idempotency-Key per compose so a retry after
 * a lost answer publishes nothing twice. The body is written at the desk (console-desk.js) and sent as HTML.
 */
import { newKey } from './console-api.js';
import { authorErrors, createAuthors } from './console-authors.js';
import { createDesk } from './console-desk.js';
import { createDeskPhoto } from './console-desk-photo.js';
import { createFieldErrors, showCount } from './console-errors.js';
import { LABELS } from './console-messages.js';
import { createPhotoPicker } from './console-photo.js';
import { renderPreview } from './console-preview.js';
import { rules } from '../rules.js';

const TEXT_FIELDS = ['title', 'excerpt', 'body', 'topic', 'source'];
const PLAIN_FIELDS = TEXT_FIELDS.filter((field) => field !== 'body');
const TITLE_MAX = rules.titleMax;
const byId = (id) => document.getElementById(id);
const input = (field) => byId('field-' + field);

export function createCompose() {
  const form = byId('compose');
  const errors = createFieldErrors(form, byId('compose-problem'), 'field-', LABELS);
  let editing = null;
  let loadedBody = '';   // the body being edited as the desk writes it, so an untouched body is not sent again
  let key = newKey();
  const desk = createDesk(() => refresh());
  const photo = createPhotoPicker();
  createDeskPhoto(desk);
  const authors = createAuthors(() => refresh());

  const mode = () => (editing ? 'article' : form.querySelector('input[name="mode"]:checked').value);

  function values() {
    const v = { breaking: mode() === 'flash' || input('breaking').checked };
    for (const field of PLAIN_FIELDS) {
      v[field] = input(field).value;
    }
    v.body = desk.html();
    return v;
  }

  /** A new article as the POST body: empty optional fields left out, the local publish time as an ISO instant. */
  function article() {
    const v = values();
    if (mode() === 'flash') {
      return { title: v.title, breaking: true };
    }
    const out = { title: v.title, breaking: v.breaking };
    for (const field of ['excerpt', 'body', 'topic', 'source']) {
      if (v[field].trim()) {
        out[field] = v[field];
      }
    }
    if (photo.id()) {
      out.photo = photo.id();
    }
    if (authors.value().length) {
      out.authors = authors.value();
    }
    const when = input('publishAt').value;
    if (when) {
      const at = new Date(when);   // datetime-local has no zone: the browser reads it as local time
      out.publishAt = Number.isNaN(at.getTime()) ? when : at.toISOString();
    }
    return out;
  }

  /** For an edit: only the fields that differ from the article as loaded. */
  function patch() {
    const v = values();
    const out = {};
    const before = { ...editing, body: loadedBody };
    for (const field of TEXT_FIELDS) {
      if (v[field] !== (before[field] || '')) {
        out[field] = v[field];
      }
    }
    if (v.breaking !== editing.breaking) {
      out.breaking = v.breaking;
    }
    if (photo.id() && photo.id() !== (editing.photo && editing.photo.id)) {
      out.photo = photo.id();
    }
    const bylines = authors.value();
    const credited = (editing.authors || []).map(({ name, type }) => ({ name, type }));
    if (bylines.length && JSON.stringify(bylines) !== JSON.stringify(credited)) {
      out.authors = bylines;
    }
    return out;
  }

  function refresh() {
    const flash = mode() === 'flash';
    form.querySelector('.full-only').hidden = flash;
    form.querySelector('.schedule-only').hidden = Boolean(editing);
    byId('mode').hidden = Boolean(editing);
    byId('cancel-edit').hidden = !editing;
    const scheduling = !flash && !editing && input('publishAt').value;
    byId('publish').textContent = editing ? 'احفظ التعديل' : scheduling ? 'جدوِل النشر' : 'انشر الآن';
    byId('compose-heading').textContent = editing ? 'تعديل خبر' : 'خبر جديد';
    showCount(byId('field-title-count'), input('title').value.trim(), TITLE_MAX);
    const v = values();
    renderPreview(byId('preview'), flash ? { title: v.title, breaking: true } : v);
  }

  function fill(a) {
    for (const field of PLAIN_FIELDS) {
      input(field).value = a[field] || '';
    }
    desk.load(a.body || '');
    loadedBody = desk.html();
    input('breaking').checked = Boolean(a.breaking);
    input('publishAt').value = '';
    photo.show(a.photo || null);
    authors.show(a.authors || null);
  }

  function edit(a) {
    editing = a;
    fill(a);
    errors.clear();
    refresh();
    input('title').focus();
  }

  /** Back to a blank new item, with a fresh Idempotency-Key. */
  function reset() {
    editing = null;
    key = newKey();
    fill({});
    errors.clear();
    refresh();
  }

  // the known topics, offered by their Arabic names (the server's, from the page's rules)
  byId('topic-choices').append(...Object.entries(rules.topicNames || {}).map(([topic, name]) => {
    const option = document.createElement('option');
    option.value = topic;
    option.label = name;
    return option;
  }));
  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);
  refresh();

  return Object.freeze({
    form,
    editing: () => editing,
    article,
    patch,
    key: () => key,
    renewKey: () => { key = newKey(); },
    edit,
    reset,
    clearErrors: errors.clear,
    showErrors: (list) => errors.show(authorErrors(list)),
    showProblem: errors.showProblem,
    focusTitle: () => input('title').focus(),
  });
}
