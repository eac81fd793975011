/*
 * The writing desk: the article body as rich text (ProseMirror, vendored under vendor/ with its licence), right to
 * left, with a toolbar of Arabic buttons (markup in console.jte). It writes only what the server's BodyCleaner keeps
 * (console-desk-schema.js), so pasting from Word or a web page leaves the styles, spans and fonts behind. The form
 * reads the body as HTML through html(); the server stays the one sanitiser.
 *
 * DOM contract: #field-body is the editable text (role=textbox); #desk-toolbar holds button[data-command]
 * (paragraph, h2, h3, strong, em, bullet, ordered, quote, link, unlink, undo, redo) and #desk-link-url; photos
 * are put in through insertPhoto (console-desk-photo.js drives the «إدراج صورة» button).
 */
import { baseKeymap, setBlockType, toggleMark, wrapIn, lift } from './vendor/prosemirror-commands.js';
import { history, redo, undo } from './vendor/prosemirror-history.js';
import { keymap } from './vendor/prosemirror-keymap.js';
import { DOMParser, DOMSerializer } from './vendor/prosemirror-model.js';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from './vendor/prosemirror-schema-list.js';
import { EditorState } from './vendor/prosemirror-state.js';
import { EditorView } from './vendor/prosemirror-view.js';
import { schema, webUrl } from './console-desk-schema.js';

const { nodes, marks } = schema;
const parser = DOMParser.fromSchema(schema);
const serializer = DOMSerializer.fromSchema(schema);

/** Turns one mark on or off, or the link on the selection on (with #desk-link-url's address) or off. */
function setLink(url) {
  return (state, dispatch) => {
    const href = webUrl(url);
    if (!href || state.selection.empty) {
      return false;
    }
    if (dispatch) {
      const { from, to } = state.selection;
      dispatch(state.tr.removeMark(from, to, marks.link).addMark(from, to, marks.link.create({ href })));
    }
    return true;
  };
}

const unlink = (state, dispatch) => {
  const { from, to } = state.selection;
  if (!state.doc.rangeHasMark(from, to, marks.link)) {
    return false;
  }
  if (dispatch) {
    dispatch(state.tr.removeMark(from, to, marks.link));
  }
  return true;
};

/** A wrapping button that unwraps when pressed again (a list back to paragraphs, a quote back to its text). */
const toggle = (name, wrap, unwrap) => (state, dispatch) => (active(state, name) ? unwrap : wrap)(state, dispatch);

function commands(linkUrl) {
  return {
    paragraph: setBlockType(nodes.paragraph),
    h2: setBlockType(nodes.heading, { level: 2 }),
    h3: setBlockType(nodes.heading, { level: 3 }),
    strong: toggleMark(marks.strong),
    em: toggleMark(marks.em),
    bullet: toggle('bullet', wrapInList(nodes.bullet_list), liftListItem(nodes.list_item)),
    ordered: toggle('ordered', wrapInList(nodes.ordered_list), liftListItem(nodes.list_item)),
    quote: toggle('quote', wrapIn(nodes.blockquote), lift),
    link: (state, dispatch) => setLink(linkUrl.value)(state, dispatch),
    unlink,
    undo,
    redo,
  };
}

/** Whether the selection sits in a block of this type (and level) or carries this mark: the buttons' aria-pressed. */
function active(state, name) {
  const { $from, from, to, empty } = state.selection;
  const hasMark = (type) => (empty ? Boolean(type.isInSet(state.storedMarks || $from.marks()))
    : state.doc.rangeHasMark(from, to, type));
  const inside = (type, attrs = {}) => {
    for (let d = $from.depth; d > 0; d--) {
      const node = $from.node(d);
      if (node.type === type && Object.entries(attrs).every(([k, v]) => node.attrs[k] === v)) {
        return true;
      }
    }
    return false;
  };
  switch (name) {
    case 'strong': return hasMark(marks.strong);
    case 'em': return hasMark(marks.em);
    case 'link': return hasMark(marks.link);
    case 'h2': return inside(nodes.heading, { level: 2 });
    case 'h3': return inside(nodes.heading, { level: 3 });
    case 'paragraph': return $from.parent.type === nodes.paragraph && !inside(nodes.list_item);
    case 'bullet': return inside(nodes.bullet_list);
    case 'ordered': return inside(nodes.ordered_list);
    case 'quote': return inside(nodes.blockquote);
    default: return null;
  }
}

/**
 * What a paste brings that the policy would refuse before the schema even sees it: style sheets, style
 * attributes (Word's and the web's formatting) and event handlers. Dropping them first keeps the console free of
 * refused inline styles and scripts; Google Docs' <b style="font-weight:normal"> wrapper, which is no emphasis,
 * becomes a plain span. Safety does not rest on this: the schema reads only what it knows, and the server cleans
 * again.
 */
function withoutStyles(html) {
  return html.replace(/<style[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<b\s[^>]*font-weight:\s*normal[^>]*>/gi, '<span>')
    .replace(/\s(style|on[a-z]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

function parse(html) {
  const holder = document.implementation.createHTMLDocument('').body;
  holder.innerHTML = html || '';   // in a document of its own, with no window: nothing in it loads or runs
  return parser.parse(holder);
}

/** Mounts the desk into #field-body-host; onChange runs after every change of the text. */
export function createDesk(onChange) {
  const host = document.getElementById('field-body-host');
  const toolbar = document.getElementById('desk-toolbar');
  const linkUrl = document.getElementById('desk-link-url');
  const run = commands(linkUrl);
  const buttons = [...toolbar.querySelectorAll('button[data-command]')];

  function refreshToolbar(state) {
    for (const button of buttons) {
      const on = active(state, button.dataset.command);
      if (on !== null) {
        button.setAttribute('aria-pressed', String(on));
      }
      button.disabled = !run[button.dataset.command](state);
    }
  }

  const view = new EditorView(host, {
    state: EditorState.create({ doc: parse(''), plugins: plugins() }),
    transformPastedHTML: withoutStyles,
    attributes: {
      id: 'field-body', class: 'desk-text', dir: 'rtl', lang: 'ar', role: 'textbox', 'aria-multiline': 'true',
      'aria-labelledby': 'field-body-label', 'aria-describedby': 'field-body-hint field-body-error',
    },
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      refreshToolbar(view.state);
      if (tr.docChanged) {
        onChange();
      }
    },
  });

  function plugins() {
    return [history(), keymap({
      'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo, 'Mod-b': toggleMark(marks.strong),
      'Mod-i': toggleMark(marks.em), Enter: splitListItem(nodes.list_item), 'Mod-[': liftListItem(nodes.list_item),
      'Mod-]': sinkListItem(nodes.list_item), 'Shift-Enter': (state, dispatch) => {
        dispatch?.(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
        return true;
      },
    }), keymap(baseKeymap)];
  }

  // mousedown would move the focus out of the text and lose the selection the button acts on
  toolbar.addEventListener('mousedown', (e) => {
    if (e.target.closest('button[data-command]')) {
      e.preventDefault();
    }
  });
  toolbar.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-command]');
    if (button) {
      run[button.dataset.command](view.state, view.dispatch, view);
      view.focus();
    }
  });
  linkUrl.addEventListener('input', () => refreshToolbar(view.state));
  linkUrl.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {   // a link made from the keyboard, without leaving the address for the button
      e.preventDefault();
      run.link(view.state, view.dispatch);
      view.focus();
    }
  });
  refreshToolbar(view.state);

  /** The body as the HTML the server keeps; an empty desk is the empty string. */
  function html() {
    const doc = view.state.doc;
    let shows = Boolean(doc.textContent.trim());
    doc.descendants((node) => {
      shows = shows || node.type === nodes.figure;
    });
    if (!shows) {
      return '';
    }
    const holder = document.createElement('div');
    holder.appendChild(serializer.serializeFragment(doc.content));
    return holder.innerHTML;
  }

  /** Replaces the whole text (an article opened for editing, or a blank new one), with a fresh undo history. */
  function load(body) {
    view.updateState(EditorState.create({ doc: parse(body), plugins: plugins() }));
    refreshToolbar(view.state);
  }

  /** Puts a stored photo (as POST /api/v1/photos answers it) at the cursor, as a figure with its caption and credit. */
  function insertPhoto(photo) {
    const size = photo.sizes.find((s) => s.width >= 640) || photo.sizes[photo.sizes.length - 1];
    const figure = nodes.figure.create({
      src: size.url, alt: photo.alt, caption: photo.caption || null, credit: photo.credit || null,
    });
    view.dispatch(view.state.tr.replaceSelectionWith(figure).scrollIntoView());
    view.focus();
  }

  return Object.freeze({ html, load, insertPhoto, focus: () => view.focus() });
}
