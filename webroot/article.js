/*
 * The article page's script: the live list beside the story (ticker.js, headlines.js), and the story's own date,
 * which the server wrote in UTC so it reads without JavaScript, rewritten in the reader's time zone as the list shows
 * dates, with a relative time that ticks with the list's.
 */
import './ticker.js';
import './headlines.js';
import { fillMeta } from './items.js';

const story = document.querySelector('main .story .meta');
if (story) {
  fillMeta(story, { publishedAt: story.querySelector('time.date').dateTime }, Date.now());
}
