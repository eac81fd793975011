/*
 * The article page's own date: the server wrote it in UTC so it reads without JavaScript; here it is rewritten in
 * the reader's time zone, as the list shows dates, with a relative time that ticks with the list's (ticker.js).
 */
'use strict';

(() => {
  const story = document.querySelector('main .story .meta');
  if (story) {
    window.AkhbarItems.fillMeta(story, { publishedAt: story.querySelector('time.date').dateTime }, Date.now());
  }
})();
