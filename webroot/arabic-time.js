/*
 * Arabic wording for the pages and the console: dates in the reader's zone, formatted with the locale and the
 * Intl options the server states in the page's rules (the same fields the server writes in UTC before this runs),
 * relative times ("منذ ٥ دقائق") and counted nouns, with the Arabic number agreement Intl.PluralRules('ar') names.
 */
import { rules } from './rules.js';

const { locale, short, full: fullOptions } = rules.dates;
const dateFormat = new Intl.DateTimeFormat(locale, short);
const fullFormat = new Intl.DateTimeFormat(locale, fullOptions);
const numbers = new Intl.NumberFormat(locale);
const plurals = new Intl.PluralRules('ar');
// 1 and 2 have their own words; 3-10 take the plural, 11-99 the accusative singular, 100 and up the singular.
const WORDS = {
  minute: { one: 'دقيقة', two: 'دقيقتين', few: 'دقائق', many: 'دقيقة', other: 'دقيقة' },
  hour: { one: 'ساعة', two: 'ساعتين', few: 'ساعات', many: 'ساعة', other: 'ساعة' },
  day: { one: 'يوم', two: 'يومين', few: 'أيام', many: 'يومًا', other: 'يوم' },
  item: { one: 'خبر واحد', two: 'خبران', few: 'أخبار', many: 'خبرًا', other: 'خبر' },
};

/** n of a noun given by its words per plural category ({one, two, few, many, other}), the number agreeing. */
export function counted(n, words) {
  const category = plurals.select(n);
  const word = words[category] || words.other;
  return category === 'one' || category === 'two' ? word : numbers.format(n) + ' ' + word;
}

/** "٣ دقائق", "دقيقتين", "١١ خبرًا": n of a unit (minute, hour, day, item). */
export const count = (n, unit) => counted(n, WORDS[unit]);

/** A number in the dates' locale (Arabic-Indic digits). */
export const number = (n, digits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);

/** How long ago an ISO instant was, at now (ms); a future instant (clock skew) counts as just now. */
export function ago(iso, now) {
  const seconds = Math.max(0, Math.floor((now - Date.parse(iso)) / 1000));
  if (seconds < 60) {
    return 'منذ لحظات';
  }
  if (seconds < 3600) {
    return 'منذ ' + count(Math.floor(seconds / 60), 'minute');
  }
  if (seconds < 86400) {
    return 'منذ ' + count(Math.floor(seconds / 3600), 'hour');
  }
  return 'منذ ' + count(Math.floor(seconds / 86400), 'day');
}

export const date = (when) => dateFormat.format(when);

export const full = (when) => fullFormat.format(when);
