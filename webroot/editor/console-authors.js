/*
 * The article's bylines: one to five names, sent as `authors` ([{name, type}]). Left empty, the server credits the
 * signed-in editor by the name of their account; a named contributor (a wire agency such as «وكالة الأنباء») is
 * typed with its kind, «جهة» (Organization) or «شخص» (Person). At most rules.authorsMax rows; the server checks the
 * names, and its errors (named authors or authors[i].name) are shown in Arabic beside this field.
 *
 * DOM contract: #authors-list holds li.author rows, each input.author-name (the first is #field-authors) and
 * select.author-type; #author-add; #field-authors-error.
 */
import { rules } from '../rules.js';

const MAX = rules.authorsMax;
const byId = (id) => document.getElementById(id);
const arabic = (n) => new Intl.NumberFormat('ar-EG').format(n);

export function createAuthors(onChange) {
  const list = byId('authors-list');
  const add = byId('author-add');

  function row(author) {
    const item = document.createElement('li');
    item.className = 'author';
    const index = list.children.length + 1;
    const name = document.createElement('input');
    name.type = 'text';
    name.className = 'author-name';
    name.id = index === 1 ? 'field-authors' : 'field-authors-' + index;
    name.dir = 'auto';
    name.autocomplete = 'off';
    name.value = author ? author.name : '';
    name.setAttribute('aria-label', 'اسم الكاتب ' + arabic(index));
    name.setAttribute('aria-describedby', 'field-authors-hint field-authors-error');
    if (index === 1) {
      name.placeholder = 'اسمك في غرفة الأخبار';
    }
    const type = document.createElement('select');
    type.className = 'author-type';
    type.setAttribute('aria-label', 'نوع الكاتب ' + arabic(index));
    for (const [value, label] of [['Person', 'شخص'], ['Organization', 'جهة']]) {
      type.append(new Option(label, value, false, Boolean(author) && author.type === value));
    }
    item.append(name, type);
    if (index > 1) {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'quiet author-remove';
      remove.textContent = 'احذف';
      remove.setAttribute('aria-label', 'احذف الكاتب ' + arabic(index));
      remove.addEventListener('click', () => {
        item.remove();
        renumber();
        onChange();
        add.focus();
      });
      item.append(remove);
    }
    list.append(item);
    add.disabled = list.children.length >= MAX;
    return name;
  }

  function renumber() {
    [...list.children].forEach((item, i) => {
      item.querySelector('.author-name').id = i === 0 ? 'field-authors' : 'field-authors-' + (i + 1);
    });
    add.disabled = list.children.length >= MAX;
  }

  /** The bylines typed, in order; empty when none (the server then credits the signed-in editor). */
  function value() {
    return [...list.children].map((item) => ({
      name: item.querySelector('.author-name').value.trim(),
      type: item.querySelector('.author-type').value,
    })).filter((a) => a.name);
  }

  /** Shows an article's bylines (null or empty: one blank row, the signed-in editor by default). */
  function show(authors) {
    list.replaceChildren();
    for (const author of authors && authors.length ? authors : [null]) {
      row(author);
    }
  }

  add.addEventListener('click', () => row(null).focus());
  show(null);
  return Object.freeze({ value, show });
}

/** The server's authors[i].name errors, named authors so they show beside this field. */
export function authorErrors(errors) {
  return errors.map((e) => (/^authors\[/.test(e.field) ? { ...e, field: 'authors' } : e));
}
