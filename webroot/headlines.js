/*
 * The two headlines above the list, redrawn on every "akhbar:list" event from ticker.js (imported before this file),
 * chosen as the server's Headlines chooses them, from the first page-size items of the list:
 *   #breaking[data-id]   the breaking banner (عاجل) on top: the newest breaking item in the list published within
 *                        the rules' breakingWindowMillis; hidden when there is none (a retraction, or an update to non-breaking,
 *                        takes it away). Its a.title links to the article page.
 *   #lead[data-id]       the top story in <main> (front page only), never the banner's: the newest other breaking
 *                        item, else the newest other item, with its photo (figure.lead-photo, from the page's
 *                        <template id="lead-photo-template">) when it has one; #lead-empty shows while the list is empty.
 * Each shows its a.live-mark (مباشر, a link to the live page) while its story's live coverage runs. stories.js
 * features more stories under the lead, and hides those featured in the list.
 */
import { copyOf, fillMeta, pageUrl, showLiveMark } from './items.js';
import { fillPhoto } from './photos.js';
import { rules } from './rules.js';

const BREAKING_FOR_MS = rules.breakingWindowMillis;
const CHECK_MS = 60000;
const byId = (id) => document.getElementById(id);

/** The list's first page of articles, newest first. Items still as the server rendered them carry none: skipped. */
export const shown = () => [...document.querySelectorAll('#latest > li[data-id]')].map((li) => li.article)
    .filter(Boolean).slice(0, rules.pageSize);

/** The banner's story (or null) and the lead (or null), as the server's Headlines chooses them. */
export function choose(items, now) {
  const breaking = items.find((a) => a.breaking);
  const banner = breaking && now - Date.parse(breaking.publishedAt) < BREAKING_FOR_MS ? breaking : null;
  const others = items.filter((a) => a !== banner);
  return { banner, lead: others.find((a) => a.breaking) || others[0] || null };
}

function refreshBanner(live) {
  const banner = byId('breaking');
  if (!banner) {
    return;
  }
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

/** The lead's figure: kept when it already shows this photo, else drawn from the template or taken away. */
function refreshLeadPhoto(lead, top) {
  let figure = lead.querySelector('.lead-photo');
  if (!top.photo) {
    figure?.remove();
    return;
  }
  if (!figure) {
    figure = lead.insertBefore(copyOf('lead-photo-template'), lead.firstElementChild);
  }
  fillPhoto(figure.querySelector('img'), top.photo);
}

function refreshLead(items, top) {
  const lead = byId('lead');
  if (!lead) {
    return;
  }
  byId('lead-empty').hidden = items.length > 0;
  lead.hidden = !top;
  if (!top) {
    delete lead.dataset.id;
    return;
  }
  lead.dataset.id = top.id;
  refreshLeadPhoto(lead, top);
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
  const { banner, lead } = choose(items, Date.now());
  refreshBanner(banner);
  refreshLead(items, lead);
}

document.addEventListener('akhbar:list', refresh);
setInterval(refresh, CHECK_MS);
refresh();
