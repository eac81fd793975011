/*
 * The writing desk's document model: exactly the HTML that news.akhbar.editor.BodyCleaner keeps, nothing more.
 * Paragraphs, h2-h4, bold, italic, bullet and numbered lists, quotes, line breaks, links (http/https only, written
 * with the rel="noopener nofollow" the server enforces) and figures of this server's own photos (an img whose src is
 * a /photos/{id}-{width}.jpg path, with its caption and credit; the server rebuilds each into its responsive figure).
 * Pasted HTML is read through these rules, so a style, a span, a font, a class or an image from another site has no
 * place to go (the server drops foreign images too).
 */
import { Schema } from './vendor/prosemirror-model.js';

const WEB = /^https?:\/\//i;
const web = (url) => (url && WEB.test(url.trim()) ? url.trim() : null);

const OWN_PHOTO = /^\/photos\/[0-9a-f]{32}-[1-9][0-9]{0,3}\.jpg$/;

/** The path of one of this server's photo sizes (a same-origin absolute URL becomes its path); null otherwise. */
function ownPhoto(src) {
  if (!src) {
    return null;
  }
  try {
    const url = new URL(src, window.location.href);
    return url.origin === window.location.origin && OWN_PHOTO.test(url.pathname) && !url.search ? url.pathname : null;
  } catch (e) {
    return null;
  }
}

/** A figure's attributes read from pasted or stored HTML: its own photo, alt, caption and credit. */
function figureAttrs(dom) {
  const img = dom.nodeName === 'IMG' ? dom : dom.querySelector('img');
  const src = img && ownPhoto(img.getAttribute('src'));
  if (!src) {
    return false;
  }
  const caption = dom.nodeName === 'IMG' ? null : dom.querySelector('figcaption');
  const credit = caption && caption.querySelector('.credit');
  const captionText = caption ? [...caption.childNodes].filter((n) => n !== credit)
    .map((n) => n.textContent).join('').trim() : '';
  return {
    src, alt: img.getAttribute('alt') || '', caption: captionText || null,
    credit: credit ? credit.textContent.trim() || null : null,
  };
}

/** A heading's level as the server keeps it: h1 becomes h2, h5 and h6 become h4. */
const level = (tag) => Math.min(4, Math.max(2, Number(tag.slice(1))));

export const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
    heading: {
      group: 'block', content: 'inline*', defining: true, attrs: { level: { default: 2 } },
      parseDOM: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => ({ tag, attrs: { level: level(tag) } })),
      toDOM: (node) => ['h' + node.attrs.level, 0],
    },
    blockquote: {
      group: 'block', content: 'block+', defining: true,
      parseDOM: [{ tag: 'blockquote' }], toDOM: () => ['blockquote', 0],
    },
    bullet_list: { group: 'block', content: 'list_item+', parseDOM: [{ tag: 'ul' }], toDOM: () => ['ul', 0] },
    ordered_list: { group: 'block', content: 'list_item+', parseDOM: [{ tag: 'ol' }], toDOM: () => ['ol', 0] },
    list_item: {
      content: 'paragraph block*', defining: true, parseDOM: [{ tag: 'li' }], toDOM: () => ['li', 0],
    },
    text: { group: 'inline' },
    figure: {
      group: 'block', atom: true, draggable: true, selectable: true,
      attrs: { src: {}, alt: { default: '' }, caption: { default: null }, credit: { default: null } },
      parseDOM: [{ tag: 'figure', getAttrs: figureAttrs }, { tag: 'img[src]', getAttrs: figureAttrs }],
      toDOM: (node) => {
        const { src, alt, caption, credit } = node.attrs;
        const parts = [caption, credit && ['span', { class: 'credit' }, credit]].filter(Boolean);
        return ['figure', { class: 'desk-figure' }, ['img', { src, alt }],
          ...(parts.length ? [['figcaption', ...parts]] : [])];
      },
    },
    hard_break: { group: 'inline', inline: true, selectable: false, parseDOM: [{ tag: 'br' }], toDOM: () => ['br'] },
  },
  marks: {
    link: {
      attrs: { href: {}, title: { default: null } },
      inclusive: false,
      parseDOM: [{
        tag: 'a[href]',
        getAttrs: (dom) => (web(dom.getAttribute('href'))
          ? { href: web(dom.getAttribute('href')), title: dom.getAttribute('title') } : false),
      }],
      toDOM: (mark) => ['a', { href: mark.attrs.href, title: mark.attrs.title, rel: 'noopener nofollow' }, 0],
    },
    strong: {
      // Google Docs' <b style="font-weight:normal"> wrapper is no emphasis: the desk turns it into a span on paste
      parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
      toDOM: () => ['strong', 0],
    },
    em: { parseDOM: [{ tag: 'em' }, { tag: 'i' }], toDOM: () => ['em', 0] },
  },
});

/** The path of one of this server's photo sizes, or null. */
export const ownPhotoPath = ownPhoto;

/** A URL the server keeps in a link (http or https), trimmed; null for anything else. */
export const webUrl = web;
