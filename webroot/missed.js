/*
 * What a reader missed while the stream was down: items that arrive in the catch-up after a reconnect get the class
 * "missed", and #missed counts them, until both clear a few seconds later.
 */
import { count } from './arabic-time.js';

const SHOWN_MS = 12000;
let caughtUp = 0;
let timer = 0;

/** Marks li, an item of list, as caught up after a reconnect. */
export function markMissed(list, li) {
  const banner = document.getElementById('missed');
  li.classList.add('missed');
  caughtUp += 1;
  banner.textContent = 'فاتك ' + count(caughtUp, 'item') + ' أثناء انقطاع الاتصال، وهي مميّزة في القائمة.';
  banner.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => {
    banner.hidden = true;
    caughtUp = 0;
    for (const seen of list.querySelectorAll('.missed')) {
      seen.classList.remove('missed');
    }
  }, SHOWN_MS);
}
