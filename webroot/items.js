/*
 * How one article shows in a list: the "أحدث الأخبار" items, the search results, the lead and the breaking banner.
 * The markup is the server's: each page carries <template id="item-template"> and, on the front page,
 * <template id="hit-template">, rendered by the server from the same template as its own items (item.jte). Here a
 * copy is filled with textContent only, and the parts an article lacks are taken away. A search snippet, escaped by
 * the server with <mark> around the matches, is rebuilt node by node so that nothing but text and <mark> can reach
 * the page.
 */
import { ago, date as shortDate, full as fullDate } from './arabic-time.js';
import { rules } from './rules.js';

export function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

/**
 * The live pages of the stories whose live coverage runs, by article id: taken from the list's items ("liveUrl",
 * see GET /api/v1/articles) and kept by the stream's "coverage" events (ticker.js calls coverageChanged).
 */
const livePages = new Map();

/** The live page of an article's slug: /live/ and the slug percent-encoded, as the server links it. */
export const liveUrl = (slug) => '/live/' + encodeURIComponent(slug);

/** The live page of an article whose live coverage runs, else null. */
export const liveUrlOf = (a) => livePages.get(String(a.id)) || null;

/** Shows a.live-mark linking to the article's live page while its coverage runs, hides it otherwise. */
export function showLiveMark(mark, a) {
  const url = a && liveUrlOf(a);
  mark.hidden = !url;
  if (url) {
    mark.href = url;
  }
}

/** A fresh copy of the first element of the page's <template id="…">. */
export const copyOf = (templateId) => document.getElementById(templateId).content.firstElementChild.cloneNode(true);

/** The article page of a slug: /a/ and the slug percent-encoded, the way the feeds and the server link it. */
export const pageUrl = (slug) => '/a/' + encodeURIComponent(slug);

export const topicName = (topic) => (Object.hasOwn(rules.topicNames, topic) ? rules.topicNames[topic] : topic);

/**
 * Fills the date, relative time and source of a .meta paragraph holding time.date, .ago and .source; time.date is
 * added when the paragraph has none yet (an empty lead is rendered without one: an empty <time> is not valid HTML).
 */
export function fillMeta(meta, a, now) {
  const when = new Date(a.publishedAt);
  let date = meta.querySelector('time.date');
  if (!date) {
    date = meta.insertBefore(make('time', 'date'), meta.firstChild);
  }
  date.dateTime = a.publishedAt;
  date.textContent = shortDate(when);
  date.title = fullDate(when);
  const relative = meta.querySelector('.ago');
  relative.dataset.time = a.publishedAt;
  relative.textContent = ago(a.publishedAt, now);
  const source = meta.querySelector('.source');
  if (source) {
    source.textContent = a.source || '';
    source.hidden = !a.source;
  }
}

/** Takes a template's badge or mark away, with the space after it, unless it is to be kept. */
export function keepIf(node, kept) {
  if (node && !kept) {
    node.nextSibling.remove();   // the space between it and the title
    node.remove();
  }
}

/** A headline's link: the article's title, to its page. */
export function fillLink(link, a) {
  link.textContent = a.title;
  link.href = pageUrl(a.slug);
}

/**
 * The template's item filled with a: li[data-id] > article > h3.headline (.badge, a.live-mark, a.title), …, p.meta.
 */
function shell(a, templateId) {
  const li = copyOf(templateId);
  li.className = a.breaking ? 'item breaking' : 'item';
  li.dataset.id = a.id;
  keepIf(li.querySelector('.headline .badge'), a.breaking);
  if (a.liveUrl) {
    livePages.set(String(a.id), a.liveUrl);
  }
  const mark = li.querySelector('.headline .live-mark');
  if (mark && liveUrlOf(a)) {
    mark.href = liveUrlOf(a);
  }
  keepIf(mark, mark && liveUrlOf(a));
  fillLink(li.querySelector('a.title'), a);
  fillMeta(li.querySelector('.meta'), a, Date.now());
  li.article = a;
  return li;
}

/** One "أحدث الأخبار" item, with p.excerpt when the article has one. */
export function renderItem(a) {
  const li = shell(a, 'item-template');
  const excerpt = li.querySelector('.excerpt');
  if (a.excerpt) {
    excerpt.textContent = a.excerpt;
  } else {
    excerpt.remove();
  }
  return li;
}

/**
 * The snippet's text with its <mark>s, as new nodes. The server escaped the article text, so the only elements
 * in it are <mark>; any other element is flattened to its text, and the parsed document is never attached.
 */
function snippetNodes(html) {
  const parsed = new DOMParser().parseFromString('<!doctype html><body>' + html, 'text/html');
  const nodes = [];
  for (const node of parsed.body.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'mark') {
      nodes.push(make('mark', null, node.textContent));
    } else {
      nodes.push(document.createTextNode(node.textContent));
    }
  }
  return nodes;
}

/** One search result: like an item, with p.snippet (text and <mark> only) in place of the excerpt. */
export function renderHit(hit) {
  const li = shell(hit, 'hit-template');
  li.querySelector('.snippet').replaceChildren(...snippetNodes(hit.snippet || ''));
  return li;
}

/**
 * A live coverage started or ended (the stream's "coverage" event, {coverage: {articleId, slug, live}}): its story's
 * items are drawn again with the mark or without it. The lead and the banner follow on the next "akhbar:list".
 */
export function coverageChanged(data) {
  const c = data && data.coverage;
  if (!c || !c.articleId) {
    return;
  }
  if (c.live) {
    livePages.set(String(c.articleId), liveUrl(c.slug));
  } else {
    livePages.delete(String(c.articleId));
  }
  for (const li of document.querySelectorAll('li.item[data-id="' + CSS.escape(String(c.articleId)) + '"]')) {
    if (li.article) {
      li.replaceWith(li.closest('#results') ? renderHit(li.article) : renderItem(li.article));
    }
  }
}
