-- Topics' display names, managed by editors (PUT and DELETE /api/v1/topic-names/{topic}); a topic without a row shows
-- as its slug. Seeded with the names that were written in Java until now. A change is logged on the stream
-- ('topic-name', with no article) in the same transaction, so every instance hears of it in order and catches up from
-- the log after a Redis outage; topic_name_revision is its audit trail, like article_revision and live_revision.

CREATE TABLE topic_name (
  topic      TEXT        PRIMARY KEY,
  name       TEXT        NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO topic_name (topic, name) VALUES
  ('general', 'عام'), ('local', 'محليات'), ('world', 'العالم'), ('politics', 'سياسة'), ('economy', 'اقتصاد'),
  ('sports', 'رياضة'), ('culture', 'ثقافة'), ('technology', 'تقنية'), ('science', 'علوم'), ('health', 'صحة');

CREATE TABLE topic_name_revision (
  event_id    BIGINT      PRIMARY KEY,
  topic       TEXT        NOT NULL,
  editor_id   BIGINT,
  editor_name TEXT        NOT NULL,
  name_from   TEXT,
  name_to     TEXT,
  at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX topic_name_revision_topic ON topic_name_revision (topic, event_id);

ALTER TABLE stream_event ALTER COLUMN article_id DROP NOT NULL;
ALTER TABLE stream_event DROP CONSTRAINT stream_event_kind_check;
ALTER TABLE stream_event ADD CONSTRAINT stream_event_kind_check
  CHECK (kind IN ('article', 'update', 'retract', 'coverage', 'entry', 'entry-update', 'entry-delete', 'topic-name'));
ALTER TABLE stream_event ADD CONSTRAINT stream_event_article_check CHECK ((kind = 'topic-name') = (article_id IS NULL));
