-- Arabic-aware full-text search over title (weight A), excerpt (B) and body text (C).
--
-- akhbar_normalize is the one definition of "the same word": the index and every query go through it, so a query
-- typed without diacritics finds text written with them and the other way round. Per token it:
--   * folds compatibility forms (NFKC: presentation forms, the lam-alef ligature) and strips Latin accents
--     (unaccent: Erdoğan = Erdogan, Çavuşoğlu = Cavusoglu), then lowercases Latin;
--   * removes tashkeel (U+064B..U+065F, U+0670 superscript alef) and tatweel (U+0640);
--   * maps the alef forms أ إ آ ٱ to ا, ى to ي, ة to ه, Persian ی/ک to ي/ك, and the hamza seats ؤ ئ to ء
--     (so the two spellings مسؤول / مسئول meet; a reader who drops the hamza entirely is not matched);
--   * maps Arabic-Indic ٠-٩ and Persian ۰-۹ digits to 0-9;
--   * strips the definite article ال and its proclitic combinations وال فال بال كال and لل (ل + ال) when at
--     least two letters remain. PostgreSQL's arabic stemmer handles the article inconsistently (وزير -> زير but
--     الوزير -> وزير, والوزير unchanged), so the index relies on this instead of on the stemmer for it.
-- The lexemes come from the 'simple' configuration (one lexeme per normalised token); the 'arabic' snowball stems
-- of the same normalised text are added as well, and queries match either form.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is STABLE because its dictionary could change; naming the dictionary makes it safe to index.
CREATE FUNCTION akhbar_unaccent(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, t);

CREATE FUNCTION akhbar_normalize(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN regexp_replace(
    translate(
      regexp_replace(lower(akhbar_unaccent(normalize(t, NFKC))), '[\u064B-\u065F\u0670\u0640]', '', 'g'),
      'أإآٱىیکةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
      'ااااييكهءء01234567890123456789'),
    '(^|[^\u0621-\u064A])(وال|فال|بال|كال|لل|ال)(?=[\u0621-\u064A]{2})', '\1', 'g');

-- Article bodies are sanitised HTML: drop tags and entities before indexing.
CREATE FUNCTION akhbar_html_text(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN regexp_replace(regexp_replace(t, '<[^>]*>', ' ', 'g'), '&[#a-zA-Z0-9]+;', ' ', 'g');

CREATE FUNCTION akhbar_tsvector(t text, w "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN setweight(to_tsvector('simple', akhbar_normalize(t)) || to_tsvector('arabic', akhbar_normalize(t)), w);

-- A reader's query: websearch syntax ("phrase", or, -not) over normalised text. Words of four letters or more
-- also match as prefixes (Arabic attaches suffixes: وزير finds وزيرة and وزيران). Either all words match as
-- 'simple' lexemes or all as 'arabic' stems.
CREATE FUNCTION akhbar_tsquery(q text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN to_tsquery('simple', coalesce(nullif(regexp_replace(
           websearch_to_tsquery('simple', akhbar_normalize(q))::text, '''([^'']{4,})''', '''\1'':*', 'g'), ''), ''))
         || websearch_to_tsquery('arabic', akhbar_normalize(q));

ALTER TABLE article ADD COLUMN search_doc tsvector GENERATED ALWAYS AS (
  akhbar_tsvector(title, 'A') || akhbar_tsvector(excerpt, 'B') || akhbar_tsvector(akhbar_html_text(body), 'C')
) STORED;

CREATE INDEX article_search ON article USING gin (search_doc) WHERE retracted_at IS NULL;

-- A highlighted snippet of a document for a reader's query, in the document's own spelling: the text is split into
-- words, each word is normalised the same way as the index, and words whose lexeme is one of the query's (or, for
-- query words of four letters or more, starts with one) are wrapped in <mark>. The window of `width` words starts
-- a little before the first hit. The text is HTML-escaped; only <mark> is markup. Words that match only through
-- their arabic stem are found by the search but not highlighted.
CREATE FUNCTION akhbar_snippet(doc text, q text, width int) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN (
    WITH terms AS (
      SELECT m[2] AS lexeme
      FROM regexp_matches(websearch_to_tsquery('simple', akhbar_normalize(q))::text, '(!?)''([^'']+)''', 'g') AS m
      WHERE m[1] = ''
    ), words AS (
      SELECT n, word, EXISTS (
          SELECT 1 FROM terms t, unnest(tsvector_to_array(to_tsvector('simple', akhbar_normalize(word)))) AS l
          WHERE l = t.lexeme OR (length(t.lexeme) >= 4 AND starts_with(l, t.lexeme))) AS hit
      FROM regexp_split_to_table(btrim(akhbar_html_text(doc)), '\s+') WITH ORDINALITY AS s(word, n)
      WHERE word <> ''
    ), span AS (
      SELECT greatest(1, coalesce(min(n) FILTER (WHERE hit), 1) - width / 4) AS first, max(n) AS last FROM words
    )
    SELECT CASE WHEN span.first > 1 THEN '… ' ELSE '' END
      || string_agg(CASE WHEN hit THEN '<mark>' || e || '</mark>' ELSE e END, ' ' ORDER BY n)
      || CASE WHEN span.first + width <= span.last THEN ' …' ELSE '' END
    FROM span, words, LATERAL (SELECT replace(replace(replace(word, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') AS e) x
    WHERE n >= span.first AND n < span.first + width
    GROUP BY span.first, span.last
  );
