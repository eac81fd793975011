/*
 * The front page's stories under the lead, redrawn on every "akhbar:list" event (after headlines.js), chosen as the
 * server's FrontStories chooses them from the list's first page:
 *   #secondary li.card[data-id]   the secondary row: the next four items after the banner's and the lead's stories
 *   #sections section[data-topic] on the newest page of all topics (#sections[data-newest="true"], #latest[data-topic]
 *                                 ""): one per topic in the order of its newest story, at most six, each with its
 *                                 Arabic name (the rules' topicNames) linking to the topic's page and its three
 *                                 newest stories not featured above
 *   #latest > li[hidden]          the banner's, the lead's and the secondary row's items stay in the list but hidden,
 *                                 so no story shows twice above the fold; they show again once no longer featured
 *   #featured-news                a polite status (visually hidden) naming a story that arrived featured: its
 *                                 item is hidden, so the list's own aria-live would not announce it
 * Cards and sections are copies of the page's <template id="card-template"> and <template id="section-template">.
 */
import { choose, shown } from './headlines.js';
import { copyOf, fillLink, fillMeta, keepIf, topicName } from './items.js';
import { fillPhoto } from './photos.js';

const SECONDARY = 4;
const SECTIONS = 6;
const PER_SECTION = 3;
const byId = (id) => document.getElementById(id);

function card(a) {
  const li = copyOf('card-template');
  li.className = a.breaking ? 'card breaking' : 'card';
  li.dataset.id = a.id;
  if (a.photo) {
    fillPhoto(li.querySelector('.thumb img'), a.photo);
  } else {
    li.querySelector('.thumb').remove();
  }
  keepIf(li.querySelector('.card-title .badge'), a.breaking);
  fillLink(li.querySelector('.card-title a'), a);
  fillMeta(li.querySelector('.meta'), a, Date.now());
  return li;
}

/**
 * The cards of a list, kept when they already show these stories as they are now: the same article objects, or on
 * the first drawing the server's cards of the same ids (so their photos are not loaded again).
 */
function fillCards(ul, stories) {
  const cards = [...ul.children];
  const same = cards.length === stories.length && stories.every((a, i) => cards[i].dataset.id === String(a.id)
      && (cards[i].story === a || cards[i].story === undefined));
  if (same) {
    cards.forEach((li, i) => Object.assign(li, { story: stories[i] }));
  } else {
    ul.replaceChildren(...stories.map((a) => Object.assign(card(a), { story: a })));
  }
}

function section(topic, stories, index) {
  const s = copyOf('section-template');
  s.dataset.topic = topic;
  s.setAttribute('aria-labelledby', 'section-' + index);
  const heading = s.querySelector('.section-title');
  heading.id = 'section-' + index;
  const link = heading.querySelector('a');
  link.textContent = topicName(topic);
  link.href = '/?topic=' + encodeURIComponent(topic);
  fillCards(s.querySelector('.cards'), stories);
  return s;
}

function refreshSections(rest) {
  const area = byId('sections');
  const byTopic = new Map();
  if (area.dataset.newest === 'true' && byId('latest').dataset.topic === '') {
    for (const a of rest) {
      const topic = a.topic || 'general';
      if (byTopic.size < SECTIONS || byTopic.has(topic)) {
        const stories = byTopic.get(topic) || byTopic.set(topic, []).get(topic);
        if (stories.length < PER_SECTION) {
          stories.push(a);
        }
      }
    }
  }
  const drawn = [...area.children];
  const sameTopics = drawn.length === byTopic.size && [...byTopic.keys()].every((t, i) => drawn[i].dataset.topic === t);
  if (sameTopics) {
    [...byTopic.values()].forEach((stories, i) => fillCards(drawn[i].querySelector('.cards'), stories));
  } else {
    area.replaceChildren(...[...byTopic].map(([topic, stories], i) => section(topic, stories, i + 1)));
  }
  area.hidden = byTopic.size === 0;
}

/** The ids the list held at the last drawing (null before the first), to tell which stories just arrived. */
let known = null;

/** Stories new since the last drawing, when few: a new list (another topic) is not news arriving. */
function announce(items, featured) {
  const fresh = known ? items.filter((a) => !known.has(String(a.id))) : [];
  const arrived = fresh.length <= 3 && fresh.find((a) => featured.has(a));
  if (arrived) {
    byId('featured-news').textContent = (arrived.breaking ? 'عاجل: ' : 'خبر جديد: ') + arrived.title;
  }
  known = new Set([...document.querySelectorAll('#latest > li[data-id]')].map((li) => li.dataset.id));
}

function refresh() {
  const items = shown();
  const { banner, lead } = choose(items, Date.now());
  const featured = new Set([banner, lead].filter(Boolean));
  const rest = items.filter((a) => !featured.has(a));
  const secondary = rest.splice(0, SECONDARY);
  secondary.forEach((a) => featured.add(a));
  const area = byId('secondary');
  fillCards(area.querySelector('.cards'), secondary);
  area.hidden = secondary.length === 0;
  refreshSections(rest);
  announce(items, featured);
  const ids = new Set([...featured].map((a) => String(a.id)));
  for (const li of document.querySelectorAll('#latest > li[data-id]')) {
    li.hidden = ids.has(li.dataset.id);
  }
}

document.addEventListener('akhbar:list', refresh);
setInterval(refresh, 60000);
refresh();
