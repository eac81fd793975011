/*
 * How a live entry and a key event's jump link show, built from the server's own markup: the live page carries
 * <template id="entry-template"> and <template id="key-template">, rendered from the same jte pieces as the entries
 * it shows (entry.jte, keylink.jte). A copy is filled with textContent only; the flags an entry lacks are hidden.
 */
import { ago, full } from './arabic-time.js';
import { copyOf } from './items.js';
import { rules } from './rules.js';

/**
 * The entry's body as nodes. The body is HTML the server cleaned with its jsoup safelist when the entry was written
 * (editor/BodyCleaner), the same HTML the server itself puts in the page. It is parsed by DOMParser into an inert
 * document (which runs no script and loads nothing) and its nodes are moved into the entry, never assigned as
 * innerHTML of a live element.
 */
function bodyNodes(html) {
  return [...new DOMParser().parseFromString(html || '', 'text/html').body.childNodes];
}

/** The body's text, tags dropped. */
export const bodyText = (html) => new DOMParser().parseFromString(html || '', 'text/html').body.textContent.trim();

/** The title, or else the start of the body's text, cut at a word as the server cuts it (EntryText). */
export function headline(e) {
  if (e.title && e.title.trim()) {
    return e.title;
  }
  const text = bodyText(e.body).replace(/\s+/g, ' ');
  const max = rules.liveHeadlineChars;
  if (text.length <= max) {
    return text;
  }
  const space = text.lastIndexOf(' ', max);
  return text.substring(0, space > 0 ? space : max) + '…';
}

/** Sets the flags' classes and badges of an entry's element (also used to take a pin away without its data). */
export function setFlags(node, e) {
  node.classList.toggle('pinned', Boolean(e.pinned));
  node.classList.toggle('key', Boolean(e.keyEvent));
  node.classList.toggle('summary', Boolean(e.summary));
  node.querySelector('.pin-flag').hidden = !e.pinned;
  node.querySelector('.key-flag').hidden = !e.keyEvent;
  node.querySelector('.summary-flag').hidden = !e.summary;
}

/** One entry: article.entry#entry-{id}, as entry.jte renders it. */
export function renderEntry(e) {
  const node = copyOf('entry-template');
  node.id = 'entry-' + e.id;
  node.dataset.id = e.id;
  node.dataset.published = e.publishedAt;
  setFlags(node, e);
  node.querySelector('.permalink').href = '#entry-' + e.id;
  fillTime(node.querySelector('time.date'), e.publishedAt);
  const relative = node.querySelector('.ago');
  relative.dataset.time = e.publishedAt;
  relative.textContent = ago(e.publishedAt, Date.now());
  const title = node.querySelector('.entry-title');
  title.textContent = e.title || '';
  title.hidden = !e.title;
  node.querySelector('.entry-body').replaceChildren(...bodyNodes(e.body));
  node.querySelector('.entry-author').textContent = e.author ? e.author.name : '';
  return node;
}

/** One key event's jump link: li[data-id] > a[href="#entry-{id}"], as keylink.jte renders it. */
export function renderKey(e) {
  const li = copyOf('key-template');
  li.dataset.id = e.id;
  li.dataset.published = e.publishedAt;
  li.querySelector('a').href = '#entry-' + e.id;
  li.querySelector('.key-text').textContent = headline(e);
  const relative = li.querySelector('.ago');
  relative.dataset.time = e.publishedAt;
  relative.textContent = ago(e.publishedAt, Date.now());
  return li;
}

/** A time element's date and time in the reader's zone (the server wrote them in UTC). */
export function fillTime(time, iso) {
  time.dateTime = iso;
  time.textContent = full(new Date(iso));
}

/** Puts node among the children of parent, newest first by data-published (ties: the higher id first). */
export function placeByTime(parent, node) {
  const key = (n) => [Date.parse(n.dataset.published), BigInt(n.dataset.id || '0')];
  node.remove();
  const [at, id] = key(node);
  for (const child of parent.children) {
    const [childAt, childId] = key(child);
    if (childAt < at || (childAt === at && childId < id)) {
      parent.insertBefore(node, child);
      return;
    }
  }
  parent.append(node);
}
