/*
 * The topics section «الأقسام»: every topic with a name (GET /api/v1/topic-names) and every topic in use without one
 * (GET /api/v1/topics), each with its name editable in place (PUT /api/v1/topic-names/{topic}) or taken away
 * (DELETE: the topic shows as written). A saved name replaces the old one in the page's copy of the server's names
 * (rules.topicNames), so the article form's topic choices and the lists show it at once; readers' pages show it on
 * their next load (the server re-renders them).
 *
 * DOM contract (the browser tests rely on it): #topic-names with one li.topic-row[data-topic] per topic, holding
 * input.topic-name, button.topic-save, button.topic-reset and p.field-error; #topics-problem; #topics-status
 * [data-state] sending | saved | failed. Another editor's change comes in on the console's stream ('topic-name').
 */
import { rules } from '../rules.js';
import { ApiError } from './console-api.js';
import { fieldMessage, statusMessage } from './console-messages.js';

const byId = (id) => document.getElementById(id);
const LABELS = Object.freeze({ name: 'اسم القسم', topic: 'القسم' });

/** A field error of this section in Arabic: the shared wording, and the rules only names have. */
function nameMessage(field, message) {
  if (/one line/.test(message)) {
    return 'اسم القسم سطر واحد بلا فواصل أسطر';
  }
  if (/blank|visible/.test(message)) {
    return 'اسم القسم مطلوب، ولا تكفي المسافات أو علامات الاتجاه وحدها';
  }
  return fieldMessage(field, message, LABELS);
}

/** host: {signOut(message)} from console.js. */
export function createTopicDesk(host) {
  let api = null;

  function say(state, text) {
    byId('topics-status').dataset.state = state;
    byId('topics-status').textContent = text;
  }

  function problem(text) {
    byId('topics-problem').textContent = text;
    byId('topics-problem').hidden = !text;
  }

  /** The page's copy of the names and the article form's choices follow a change the server made. */
  function remember(topic, name) {
    if (name === null) {
      delete rules.topicNames[topic];
    } else {
      rules.topicNames[topic] = name;
    }
    const choices = byId('topic-choices');
    let option = [...choices.options].find((o) => o.value === topic);
    if (!option && name !== null) {
      option = choices.appendChild(document.createElement('option'));
      option.value = topic;
    }
    if (option) {
      option.label = name === null ? topic : name;
    }
  }

  function showError(row, text) {
    const slot = row.querySelector('.field-error');
    const input = row.querySelector('.topic-name');
    slot.textContent = text;
    slot.hidden = !text;
    if (text) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    } else {
      input.removeAttribute('aria-invalid');
    }
  }

  function failed(row, err) {
    const status = err instanceof ApiError ? err.status : 0;
    const fields = status ? err.fieldErrors : [];
    if (status === 401) {
      host.signOut(statusMessage(401));
      return;
    }
    if (status === 400 && fields.length > 0) {
      showError(row, fields.map((f) => nameMessage(f.field, f.message)).join('، '));
    } else if (status === 404) {
      showError(row, 'ليس لهذا القسم اسم ليُحذف');
    } else {
      showError(row, statusMessage(status, err.retryAfter));
    }
    say('failed', 'لم يُحفظ اسم القسم.');
  }

  async function change(row, topic, name) {
    showError(row, '');
    say('sending', 'جارٍ حفظ اسم القسم…');
    const buttons = row.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const done = name === null ? await api.unnameTopic(topic) : await api.nameTopic(topic, name);
      remember(topic, done.name);
      row.querySelector('.topic-name').value = done.name === null ? '' : done.name;
      row.querySelector('.topic-reset').hidden = done.name === null;
      say('saved', done.name === null ? 'حُذف اسم القسم «' + topic + '»، فصار يظهر بكلمته كما كُتبت.'
        : 'حُفظ: يظهر القسم «' + topic + '» الآن باسم «' + done.name + '».');
    } catch (err) {
      failed(row, err);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  function row(topic, name, index) {
    const li = byId('topic-row-template').content.firstElementChild.cloneNode(true);
    const id = 'topic-name-' + index;
    li.dataset.topic = topic;
    li.querySelector('.topic-slug').htmlFor = id;
    li.querySelector('.topic-slug bdi').textContent = topic;
    const input = li.querySelector('.topic-name');
    input.id = id;
    input.value = name || '';
    input.placeholder = topic;
    input.setAttribute('aria-describedby', id + '-error');
    li.querySelector('.field-error').id = id + '-error';
    li.querySelector('.topic-reset').hidden = !name;
    li.querySelector('form').addEventListener('submit', (event) => {
      event.preventDefault();
      change(li, topic, input.value);
    });
    li.querySelector('.topic-reset').addEventListener('click', () => change(li, topic, null));
    return li;
  }

  async function load() {
    try {
      const [named, inUse] = await Promise.all([api.topicNames(), api.topicsInUse()]);
      const names = new Map(named.items.map((item) => [item.topic, item.name]));
      inUse.topics.forEach((t) => { if (!names.has(t.topic)) names.set(t.topic, null); });
      named.items.forEach((item) => remember(item.topic, item.name));
      byId('topic-names').replaceChildren(...[...names.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([topic, name], i) => row(topic, name, i)));
      problem('');
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        host.signOut(statusMessage(401));
      } else {
        problem(statusMessage(err instanceof ApiError ? err.status : 0, err.retryAfter));
      }
    }
  }

  /** Another editor's change, from the console's stream: shown unless this row is being edited. */
  function onStreamEvent(event) {
    if (!api || event.type !== 'topic-name') {
      return;
    }
    const { topic, name } = JSON.parse(event.data);
    const shown = [...byId('topic-names').children].find((li) => li.dataset.topic === topic);
    if (!shown) {
      load();
      return;
    }
    remember(topic, name);
    const input = shown.querySelector('.topic-name');
    if (document.activeElement !== input) {
      input.value = name === null ? '' : name;
      shown.querySelector('.topic-reset').hidden = name === null;
    }
  }

  return Object.freeze({
    onStreamEvent,
    open: (client) => {
      api = client;
      load();
    },
    close: () => {
      api = null;
      byId('topic-names').replaceChildren();
      say('', '');
    },
  });
}
