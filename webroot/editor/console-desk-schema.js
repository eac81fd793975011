/*
 * The writing desk's document model: exactly the HTML that news.akhbar.editor.BodyCleaner keeps, nothing more.
 * Paragraphs, h2-h4, bold, italic, bullet and numbered lists, quotes, line breaks, links (http/https only, written
 * with the rel="noopener nofollow" the server enforces) and images with alt text (http/https only). Pasted HTML is
 * read through these rules, so a style, a span, a font or a class from Word or a web page has no place to go.
 */
import { Schema } from './vendor/prosemirror-model.js';

const WEB = /^https?:\/\//i;
const web = (url) => (url && WEB.test(url.trim()) ? url.trim() : null);

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
    image: {
      group: 'inline', inline: true, draggable: true,
      attrs: { src: {}, alt: {}, title: { default: null } },
      parseDOM: [{
        tag: 'img[src][alt]',
        getAttrs: (dom) => (web(dom.getAttribute('src')) && dom.getAttribute('alt').trim()
          ? { src: web(dom.getAttribute('src')), alt: dom.getAttribute('alt'), title: dom.getAttribute('title') }
          : false),
      }],
      toDOM: (node) => ['img', { src: node.attrs.src, alt: node.attrs.alt, title: node.attrs.title }],
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

/** A URL the server keeps in a link (http or https), trimmed; null for anything else. */
export const webUrl = web;
