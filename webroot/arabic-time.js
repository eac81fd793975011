/*
 * Arabic wording for the live page: dates as dd/mm/yyyy in Arabic-Indic digits, relative times ("منذ ٥ دقائق")
 * and counted nouns, with the Arabic number agreement Intl.PluralRules('ar') names. Exposes window.AkhbarText,
 * used by ticker.js (loaded after this file).
 */
'use strict';

window.AkhbarText = (() => {
  const LOCALE = 'ar-EG';
  const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const fullFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'full', timeStyle: 'short' });
  const numbers = new Intl.NumberFormat(LOCALE);
  const plurals = new Intl.PluralRules('ar');
  // 1 and 2 have their own words; 3-10 take the plural, 11-99 the accusative singular, 100 and up the singular.
  const WORDS = {
    minute: { one: 'دقيقة', two: 'دقيقتين', few: 'دقائق', many: 'دقيقة', other: 'دقيقة' },
    hour: { one: 'ساعة', two: 'ساعتين', few: 'ساعات', many: 'ساعة', other: 'ساعة' },
    day: { one: 'يوم', two: 'يومين', few: 'أيام', many: 'يومًا', other: 'يوم' },
    item: { one: 'خبر واحد', two: 'خبران', few: 'أخبار', many: 'خبرًا', other: 'خبر' },
  };

  /** "٣ دقائق", "دقيقتين", "١١ خبرًا": n of a unit, the number agreeing with the noun. */
  function count(n, unit) {
    const category = plurals.select(n);
    const word = WORDS[unit][category] || WORDS[unit].other;
    return category === 'one' || category === 'two' ? word : numbers.format(n) + ' ' + word;
  }

  /** How long ago an ISO instant was, at now (ms); a future instant (clock skew) counts as just now. */
  function ago(iso, now) {
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

  return Object.freeze({
    count,
    ago,
    date: (when) => dateFormat.format(when),
    full: (when) => fullFormat.format(when),
  });
})();
