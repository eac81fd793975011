/*
 * The two headlines above the list, redrawn on every "akhbar:list" event from ticker.js (imported before this file),
 * chosen as the server's Headlines chooses them:
 *   #breaking[data-id]   the breaking banner (عاجل) on top: the newest breaking item in the list published within
 *                        the rules' breakingWindowMillis; hidden when there is none (a retraction, or an update to non-breaking,
 *                        takes it away). Its a.title links to the article page.
 *   #lead[data-id]       the top story in <main> (front page only): the newest breaking item shown, else the newest;
 *                        #lead-empty shows while the list is empty.
 * Each shows its a.live-mark (مباشر, a link to the live page) while its story's live coverage runs.
 */
import { fillMeta, pageUrl, showLiveMark } from './items.js';
import { rules } from './rules.js';

const BREAKING_FOR_MS = rules.breakingWindowMillis;
const CHECK_MS = 60000;
const byId = (id) => document.getElementById(id);

// Items still as the server rendered them (before ticker.js has drawn its list) carry no article yet: skipped.
const shown = () => [...document.querySelectorAll('#latest > li[data-id]')].map((li) => li.article)
    .filter(Boolean);

function refreshBanner(items, now) {
  const banner = byId('breaking');
  if (!banner) {
    return;
  }
  const live = items.find((a) => a.breaking && now - Date.parse(a.publishedAt) < BREAKING_FOR_MS);
  banner.hidden = !live;
  const mark = banner.querySelector('.live-mark');
  if (mark) {
    showLiveMark(mark, live);
  }
  if (!live) {
    delete banner.dataset.id;
    return;
  }
  banner.dataset.id = live.id;
  const title = banner.querySelector('.title');
  title.textContent = live.title;
  title.href = pageUrl(live.slug);
}

function refreshLead(items) {
  const lead = byId('lead');
  if (!lead) {
    return;
  }
  const top = items.find((a) => a.breaking) || items[0];
  byId('lead-empty').hidden = Boolean(top);
  lead.hidden = !top;
  if (!top) {
    return;
  }
  lead.dataset.id = top.id;
  const mark = lead.querySelector('.lead-kicker .live-mark');
  if (mark) {
    showLiveMark(mark, top);
    lead.querySelector('.lead-kicker .badge').hidden = !top.breaking;
  }
  lead.querySelector('.lead-kicker').hidden = !top.breaking && !(mark && !mark.hidden);
  const title = lead.querySelector('.lead-title a');
  title.textContent = top.title;
  title.href = pageUrl(top.slug);
  lead.querySelector('.lead-excerpt').textContent = top.excerpt || '';
  fillMeta(lead.querySelector('.meta'), top, Date.now());
}

function refresh() {
  const items = shown();
  refreshBanner(items, Date.now());
  refreshLead(items);
}

document.addEventListener('akhbar:list', refresh);
setInterval(() => refreshBanner(shown(), Date.now()), CHECK_MS);
refresh();
