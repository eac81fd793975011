/*
 * The lead photo of the article being written: a file dropped on the zone or picked, previewed at once (read as a
 * data: URL, which the page's policy allows), uploaded with its required alt text, caption and credit to
 * POST /api/v1/photos; the form then sends the photo's id. Every refusal is said in Arabic beside the field.
 */
import { ApiError, client, session } from './console-api.js';

const MAX_BYTES = 10 * 1024 * 1024;
/** Fired on document with a stored photo as detail, so the desk can offer it for the body too. */
export const PHOTO_EVENT = 'akhbar:photo';
const TYPES = ['image/jpeg', 'image/png'];
const byId = (id) => document.getElementById(id);

/** What to tell the editor when the server refuses an upload. */
function refusal(err) {
  if (!(err instanceof ApiError) || err.status === 0) {
    return 'تعذّر الاتصال بالخادم. تحقّق من الشبكة وحاول مرة أخرى.';
  }
  const fields = err.fieldErrors.map((e) => e.field);
  if (err.status === 401) {
    return 'انتهت صلاحية رمز الدخول. سجّل الدخول من جديد.';
  }
  if (err.status === 413) {
    return 'الصورة كبيرة جدًا: الحد ١٠ ميغابايت و٤٠ ميغابكسل.';
  }
  if (err.status === 415) {
    return 'هذا النوع غير مدعوم: ارفع صورة JPEG أو PNG ثابتة (لا GIF ولا صورة متحركة).';
  }
  if (fields.includes('alt')) {
    return 'اكتب وصفًا للصورة يقرؤه من لا يراها.';
  }
  if (fields.includes('Content-Type')) {
    return 'محتوى الملف لا يطابق نوعه: ارفع صورة JPEG أو PNG حقيقية.';
  }
  if (fields.includes('body')) {
    return 'تعذّرت قراءة الصورة: الملف تالف أو ناقص أو ليس صورة.';
  }
  if (fields.includes('caption') || fields.includes('credit')) {
    return 'التعليق أو الحقوق أطول من المسموح.';
  }
  return 'تعذّر رفع الصورة. حاول مرة أخرى.';
}

/**
 * Uploads file with the texts of #<prefix>alt, caption and credit (alt required), #<prefix>upload disabled
 * meanwhile; says progress and refusals through say(text, failed). The stored photo, or null when refused.
 */
export async function uploadFrom(prefix, file, say) {
  const alt = byId(prefix + 'alt').value.trim();
  if (!file) {
    say('اختر صورة أولًا.', true);
    return null;
  }
  if (!alt) {
    say('اكتب وصفًا للصورة يقرؤه من لا يراها.', true);
    byId(prefix + 'alt').focus();
    return null;
  }
  const texts = { alt };
  for (const name of ['caption', 'credit']) {
    const value = byId(prefix + name).value.trim();
    if (value) {
      texts[name] = value;
    }
  }
  const button = byId(prefix + 'upload');
  button.disabled = true;
  say('جارٍ رفع الصورة…', false);
  try {
    return await client(session.token()).uploadPhoto(file, texts);
  } catch (err) {
    say(refusal(err), true);
    return null;
  } finally {
    button.disabled = false;
  }
}

export function createPhotoPicker() {
  const zone = byId('photo-drop');
  const file = byId('photo-file');
  const preview = byId('photo-preview');
  const error = byId('photo-error');
  const status = byId('photo-status');
  let chosen = null;
  let stored = null;

  function say(text, failed) {
    error.textContent = failed ? text : '';
    error.hidden = !failed;
    status.textContent = failed ? '' : text;
  }

  function choose(f) {
    stored = null;
    chosen = null;
    if (!f) {
      return;
    }
    if (!TYPES.includes(f.type)) {
      say('هذا النوع غير مدعوم: اختر صورة JPEG أو PNG.', true);
      return;
    }
    if (f.size > MAX_BYTES) {
      say('الصورة كبيرة جدًا: الحد ١٠ ميغابايت.', true);
      return;
    }
    chosen = f;
    const reader = new FileReader();
    reader.onload = () => {
      preview.src = reader.result;
      preview.alt = 'معاينة الصورة المختارة';
      preview.hidden = false;
    };
    reader.readAsDataURL(f);
    say('اختيرت الصورة ' + f.name + '. اكتب وصفها ثم ارفعها.', false);
  }

  async function upload() {
    const photo = await uploadFrom('photo-', chosen, say);
    if (photo) {
      show(photo);
      say('رُفعت الصورة، وتُنشر مع الخبر.', false);
    }
  }

  /** Shows a stored photo (an article being edited, or one just uploaded), or clears the field with null. */
  function show(photo) {
    stored = photo;
    chosen = null;
    file.value = '';
    byId('photo-remove').hidden = !photo;
    for (const name of ['alt', 'caption', 'credit']) {
      byId('photo-' + name).value = photo ? photo[name] || '' : '';
    }
    preview.hidden = !photo;
    preview.src = photo ? photo.sizes[0].url : '';
    preview.alt = photo ? photo.alt : '';
    say('', false);
    if (photo) {
      document.dispatchEvent(new CustomEvent(PHOTO_EVENT, { detail: photo }));
    }
  }

  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragging');
    choose(e.dataTransfer.files[0]);
  });
  file.addEventListener('change', () => choose(file.files[0]));
  byId('photo-upload').addEventListener('click', upload);
  byId('photo-remove').addEventListener('click', () => show(null));

  return Object.freeze({ id: () => (stored ? stored.id : null), show });
}
