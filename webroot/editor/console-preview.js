/*
 * The live preview, all of it set as text: title, excerpt, topic, source and the body as the editor wrote it, its
 * HTML tags shown as typed. The server is the one sanitiser (news.akhbar.editor.BodyCleaner): it cleans the body when
 * the article is published, and readers see that result, as the note under the preview says.
 * The topic shows by its Arabic name, as readers will see it.
 */
import { topicName } from '../items.js';

/** Fills the preview card from the article being written ({title, excerpt, body, topic, source, breaking}). */
export function renderPreview(card, article) {
  const part = (name) => card.querySelector('.' + name);
  part('preview-kicker').hidden = !article.breaking;
  part('preview-title').textContent = article.title || 'العنوان يظهر هنا';
  part('preview-title').classList.toggle('placeholder', !article.title);
  part('preview-excerpt').textContent = article.excerpt || '';
  part('preview-excerpt').hidden = !article.excerpt;
  part('preview-body').textContent = article.body || '';
  part('preview-topic').textContent = article.topic ? '#' + topicName(article.topic.trim()) : '';
  part('preview-source').textContent = article.source ? 'المصدر: ' + article.source : '';
}
