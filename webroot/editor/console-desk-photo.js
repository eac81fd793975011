/*
 * «إدراج صورة»: puts one of the newsroom's photos into the article body at the cursor, as a figure with its caption
 * and credit (console-desk.js insertPhoto). The editor picks a photo uploaded in this session (the lead photo, or
 * one uploaded here before) or uploads a new one with its required alt text, caption and credit. Refusals are said
 * in Arabic, as for the lead photo (console-photo.js).
 *
 * DOM contract: #desk-photo-open toggles #desk-photo; #desk-photo-picks lists button.desk-photo-pick[data-id];
 * #desk-photo-file, #desk-photo-alt, #desk-photo-caption, #desk-photo-credit, #desk-photo-upload,
 * #desk-photo-status, #desk-photo-error.
 */
import { PHOTO_EVENT, uploadFrom } from './console-photo.js';

const byId = (id) => document.getElementById(id);

export function createDeskPhoto(desk) {
  const open = byId('desk-photo-open');
  const panel = byId('desk-photo');
  const picks = byId('desk-photo-picks');
  const error = byId('desk-photo-error');
  const status = byId('desk-photo-status');
  const known = new Map();

  function say(text, failed) {
    error.textContent = failed ? text : '';
    error.hidden = !failed;
    status.textContent = failed ? '' : text;
  }

  function show(visible) {
    panel.hidden = !visible;
    open.setAttribute('aria-expanded', String(visible));
    say('', false);
    if (visible) {
      (picks.querySelector('button') || byId('desk-photo-file')).focus();
    }
  }

  function remember(photo) {
    if (!photo || known.has(photo.id)) {
      return;
    }
    known.set(photo.id, photo);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'desk-photo-pick';
    button.dataset.id = photo.id;
    const thumb = document.createElement('img');
    thumb.src = photo.sizes[0].url;
    thumb.alt = '';
    const label = document.createElement('span');
    label.textContent = 'أدرج: ' + photo.alt;
    button.append(thumb, label);
    const item = document.createElement('li');
    item.append(button);
    picks.append(item);
    byId('desk-photo-none').hidden = true;
  }

  function insert(photo) {
    desk.insertPhoto(photo);
    show(false);
    open.focus();
  }

  async function upload() {
    const photo = await uploadFrom('desk-photo-', byId('desk-photo-file').files[0], say);
    if (photo) {
      remember(photo);
      for (const name of ['file', 'alt', 'caption', 'credit']) {
        byId('desk-photo-' + name).value = '';
      }
      insert(photo);
    }
  }

  // mousedown would move the focus out of the text and lose the cursor the photo goes to
  open.addEventListener('mousedown', (e) => e.preventDefault());
  open.addEventListener('click', () => show(panel.hidden));
  picks.addEventListener('click', (e) => {
    const button = e.target.closest('button.desk-photo-pick');
    if (button) {
      insert(known.get(button.dataset.id));
    }
  });
  byId('desk-photo-upload').addEventListener('click', upload);
  byId('desk-photo-close').addEventListener('click', () => {
    show(false);
    open.focus();
  });
  document.addEventListener(PHOTO_EVENT, (e) => remember(e.detail));
}
