/*
 * How one article shows in a list: the "أحدث الأخبار" items, the search results, the lead and the breaking banner.
 * Exposes window.AkhbarItems (loaded after arabic-time.js, before ticker.js). Article text is only ever set with
 * textContent; a search snippet, escaped by the server with <mark> around the matches, is rebuilt node by node so
 * that nothing but text and <mark> can reach the page.
 */
'use strict';

window.AkhbarItems = (() => {
  const { ago, date: shortDate, full: fullDate } = window.AkhbarText;
  // Arabic names for common topics; any other topic shows as written. Mirrors news.akhbar.page.TopicNames.
  const TOPICS = {
    general: 'عام', local: 'محليات', world: 'العالم', politics: 'سياسة', economy: 'اقتصاد', sports: 'رياضة',
    culture: 'ثقافة', technology: 'تقنية', science: 'علوم', health: 'صحة',
  };

  function make(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  /** The article page of a slug: /a/ and the slug percent-encoded, the way the feeds and the server link it. */
  const pageUrl = (slug) => '/a/' + encodeURIComponent(slug);

  const topicName = (topic) => (Object.hasOwn(TOPICS, topic) ? TOPICS[topic] : topic);

  function link(a) {
    const anchor = make('a', 'title', a.title);
    anchor.href = pageUrl(a.slug);
    return anchor;
  }

  /** Fills the date, relative time and source of a .meta paragraph holding time.date, .ago and .source. */
  function fillMeta(meta, a, now) {
    const when = new Date(a.publishedAt);
    const date = meta.querySelector('time.date');
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

  function newMeta(a) {
    const meta = make('p', 'meta');
    meta.append(make('time', 'date'), make('span', 'ago'), make('span', 'source'));
    fillMeta(meta, a, Date.now());
    return meta;
  }

  function shell(a, extra) {
    const li = make('li', a.breaking ? 'item breaking' : 'item');
    li.dataset.id = a.id;
    const article = make('article');
    const headline = make('h3', 'headline');
    if (a.breaking) {
      headline.append(make('span', 'badge', 'عاجل'), ' ');
    }
    headline.append(link(a));
    article.append(headline, ...extra, newMeta(a));
    li.append(article);
    li.article = a;
    return li;
  }

  /** One "أحدث الأخبار" item: li[data-id] > article > h3.headline (.badge, a.title), p.excerpt, p.meta. */
  function renderItem(a) {
    return shell(a, a.excerpt ? [make('p', 'excerpt', a.excerpt)] : []);
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
  function renderHit(hit) {
    const snippet = make('p', 'snippet');
    snippet.append(...snippetNodes(hit.snippet || ''));
    return shell(hit, [snippet]);
  }

  return Object.freeze({ make, pageUrl, topicName, link, fillMeta, renderItem, renderHit });
})();
