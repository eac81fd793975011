/*
 * The live preview. Title, excerpt, topic and source are set as text. The body is parsed by DOMParser into an inert
 * document (no script runs, no image loads) and rebuilt node by node from a safelist close to the server's
 * BodyCleaner: only new elements made here and text nodes reach the page, never the raw markup (no innerHTML).
 */

const KEPT = new Set(['P', 'H2', 'H3', 'H4', 'STRONG', 'EM', 'B', 'I', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'BR', 'A']);
const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'svg', 'math']);
const WEB_URL = /^https?:\/\//i;

function copyInto(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(node.data);
    } else if (node.nodeType === Node.ELEMENT_NODE && !DROPPED.has(node.tagName)) {
      to.append(rebuilt(node));
    }
  }
}

function rebuilt(element) {
  const tag = element.tagName;
  if (tag === 'IMG') {
    const alt = element.getAttribute('alt');
    const placeholder = document.createElement('span');
    placeholder.className = 'preview-image';
    placeholder.textContent = WEB_URL.test(element.getAttribute('src') || '') && alt ? '[صورة: ' + alt + ']' : '';
    return placeholder;
  }
  if (!KEPT.has(tag)) {
    const fragment = document.createDocumentFragment();   // unknown element: keep its text, drop the element
    copyInto(element, fragment);
    return fragment;
  }
  const copy = document.createElement(tag.toLowerCase());
  const href = element.getAttribute('href') || '';
  if (tag === 'A' && WEB_URL.test(href.trim())) {
    copy.href = href.trim();
    copy.rel = 'noopener nofollow noreferrer';
    copy.target = '_blank';
  }
  copyInto(element, copy);
  return copy;
}

/** Shows html (as typed by the editor) in target, safelisted. */
export function renderBody(html, target) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const fragment = document.createDocumentFragment();
  copyInto(parsed.body, fragment);
  target.replaceChildren(fragment);
}

/** Fills the preview card from the article being written ({title, excerpt, body, topic, source, breaking}). */
export function renderPreview(card, article) {
  const part = (name) => card.querySelector('.' + name);
  part('preview-kicker').hidden = !article.breaking;
  part('preview-title').textContent = article.title || 'العنوان يظهر هنا';
  part('preview-title').classList.toggle('placeholder', !article.title);
  part('preview-excerpt').textContent = article.excerpt || '';
  part('preview-excerpt').hidden = !article.excerpt;
  renderBody(article.body || '', part('preview-body'));
  part('preview-topic').textContent = article.topic ? '#' + article.topic : '';
  part('preview-source').textContent = article.source ? 'المصدر: ' + article.source : '';
}
