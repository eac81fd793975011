/*
 * What the console's two forms (an article, a live entry) share: the server's field errors shown in Arabic beside
 * their fields (#<prefix><field>-error), the rest above the buttons, and the character counters under a field.
 */
import { decimal, fieldMessage } from './console-messages.js';

const byId = (id) => document.getElementById(id);

/** The errors of one form whose fields are #<prefix><name>, worded with labels (console-messages.js). */
export function createFieldErrors(form, problem, prefix, labels) {
  const input = (field) => byId(prefix + field);

  function showProblem(text) {
    problem.textContent = text;
    problem.hidden = !text;
  }

  function clear() {
    for (const slot of form.querySelectorAll('.field-error')) {
      slot.textContent = '';
      slot.hidden = true;
    }
    for (const invalid of form.querySelectorAll('[aria-invalid]')) {
      invalid.removeAttribute('aria-invalid');
    }
    showProblem('');
  }

  /** Puts each error beside its field and focuses the first invalid field; the rest go above the buttons. */
  function show(errors) {
    clear();
    const elsewhere = [];
    for (const { field, message } of errors) {
      const text = fieldMessage(field, message, labels);
      const slot = byId(prefix + field + '-error');
      if (slot && !slot.closest('[hidden]:not(.field-error)')) {
        slot.textContent = slot.textContent ? slot.textContent + '، ' + text : text;
        slot.hidden = false;
        input(field).setAttribute('aria-invalid', 'true');
      } else {
        elsewhere.push(text);
      }
    }
    showProblem(elsewhere.join('، '));
    const first = form.querySelector('[aria-invalid="true"]');
    (first || problem).focus();
  }

  problem.tabIndex = -1;
  return Object.freeze({ clear, show, showProblem });
}

/** Writes "n / max" (Arabic digits) into a counter, marked when over. Counts characters, as the server does. */
export function showCount(counter, text, max) {
  const length = [...text].length;
  counter.textContent = decimal(length, 0) + ' / ' + decimal(max, 0);
  counter.classList.toggle('over', length > max);
}
