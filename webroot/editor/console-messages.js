/*
 * The console's Arabic wording for everything that can go wrong: the server's field errors (problem+json
 * errors[].field and .message, in English) and HTTP failures. Numbers in Arabic-Indic digits, counted nouns agreeing
 * with their number (arabic-time.js).
 */
import { counted, number } from '../arabic-time.js';
import { rules } from '../rules.js';

const SECOND = { one: 'ثانية واحدة', two: 'ثانيتين', few: 'ثوانٍ', many: 'ثانية', other: 'ثانية' };
const LETTER = { one: 'حرف واحد', two: 'حرفين', few: 'أحرف', many: 'حرفًا', other: 'حرف' };

export const LABELS = Object.freeze({
  title: 'العنوان',
  excerpt: 'الموجز',
  body: 'نص الخبر',
  topic: 'الموضوع',
  source: 'المصدر',
  breaking: 'خانة «عاجل»',
  publishAt: 'موعد النشر',
  lang: 'اللغة',
  photo: 'الصورة الرئيسية',
  authors: 'اسم الكاتب',
});

/** The live desk's fields and the live API's path parameters, as the server names them in errors[].field. */
export const LIVE_LABELS = Object.freeze({
  title: 'عنوان التحديث',
  body: 'نص التحديث',
  keyEvent: 'خانة «حدث رئيسي»',
  pinned: 'خانة «تثبيت»',
  summary: 'خانة «ملخّص»',
  coverageId: 'رقم التغطية',
  entryId: 'رقم التحديث',
  articleId: 'رقم الخبر',
});

export const seconds = (n) => counted(n, SECOND);

export const decimal = number;

/** One entry of a problem's errors[] as an Arabic sentence to show beside the field, named by labels. */
export function fieldMessage(field, message, labels = LABELS) {
  const label = labels[field] || field;
  const text = String(message || '');
  const longest = /at most (\d+) characters/.exec(text);
  if (longest) {
    return label + ' أطول من ' + counted(Number(longest[1]), LETTER);
  }
  if (/is required|must not be blank/.test(text)) {
    return label + ' مطلوب';
  }
  if (/NUL|control characters/.test(text)) {
    return label + ' يحتوي على محارف تحكّم غير مسموح بها';
  }
  if (/surrogate|invalid Unicode/.test(text)) {
    return label + ' يحتوي على محارف يونيكود غير صالحة';
  }
  if (/unknown field/.test(text)) {
    return 'الخادم لا يعرف الحقل «' + label + '»';
  }
  if (/once cleaned/.test(text)) {
    return label + ' لا يُظهر شيئًا بعد تنظيفه من الوسوم غير المسموح بها';
  }
  if (/whole number/.test(text)) {
    return label + ' يجب أن يكون عددًا صحيحًا';
  }
  if (/photo that does not exist/.test(text)) {
    return label + ' يتضمّن صورة لم تعد موجودة؛ أزلها وأدرج صورة أخرى';
  }
  if (/name at least one/.test(text)) {
    return 'لم يتغيّر شيء في الخبر';
  }
  if (field === 'topic') {
    return 'الموضوع كلمة واحدة من حروف وأرقام و«-» و«_» فقط، بلا مسافات، وبحدّ أقصى ' + counted(rules.topicMax, LETTER);
  }
  if (field === 'publishAt') {
    return 'موعد النشر غير صالح؛ اختر تاريخًا ووقتًا كاملين';
  }
  if (/true or false/.test(text)) {
    return label + ' يقبل نعم أو لا فقط';
  }
  return label + ': قيمة غير صالحة';
}

/** An HTTP failure (status 0: no answer at all) as one Arabic sentence. */
export function statusMessage(status, retryAfter) {
  switch (status) {
    case 0:
      return 'تعذّر الوصول إلى الخادم. تحقّق من الاتصال ثم أعد المحاولة، ولن يُنشر الخبر مرتين.';
    case 401:
      return 'الرمز غير صالح أو أُلغي';
    case 403:
      return 'لا يملك هذا الرمز صلاحية هذا الإجراء';
    case 404:
      return 'لم يعد هذا الخبر موجودًا';
    case 410:
      return 'سُحب هذا الخبر من قبل';
    case 413:
      return 'الخبر أكبر من الحجم المسموح به؛ اختصر النص ثم أعد المحاولة';
    case 415:
    case 400:
      return 'رفض الخادم الطلب لأنه غير صالح';
    case 422:
      return 'أُرسل هذا الخبر من قبل بمحتوى مختلف؛ راجع «آخر الأخبار المنشورة» قبل النشر مجددًا';
    case 429:
      return 'تجاوزت حد النشر، حاول بعد ' + seconds(Math.max(1, Number.parseInt(retryAfter, 10) || 1));
    case 503:
      return 'الخادم غير متاح مؤقتًا، حاول بعد قليل';
    default:
      return status >= 500 ? 'حدث خطأ في الخادم، حاول مجددًا' : 'تعذّر تنفيذ الطلب (' + number(status) + ')';
  }
}

/** A refused live write (404 or 409, naming the coverage, the entry or the article) as one Arabic sentence. */
export function liveMessage(status, field, retryAfter) {
  if (status === 409) {
    return field === 'articleId' ? 'لهذا الخبر تغطية مباشرة من قبل' : 'انتهت هذه التغطية، فلا تُقبل فيها تحديثات جديدة';
  }
  if (status === 404) {
    return field === 'entryId' ? 'لم يعد هذا التحديث موجودًا'
      : field === 'coverageId' ? 'لم تعد هذه التغطية موجودة' : 'لم يعد هذا الخبر موجودًا';
  }
  return statusMessage(status, retryAfter);
}

/** Says the token is missing or cannot be one, before asking the server. */
export const MISSING_TOKEN = 'الصق رمز الدخول أولًا';
