-- The audit trail of photos, like article_revision: who deleted which photo and when (its texts kept for the record;
-- its bytes are gone). No foreign key to photo: the row outlives the photo it names.

CREATE TABLE photo_revision (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  photo_id    TEXT        NOT NULL,
  editor_id   BIGINT      REFERENCES editor (id),
  editor_name TEXT        NOT NULL,
  kind        TEXT        NOT NULL CHECK (kind IN ('delete')),
  alt         TEXT        NOT NULL,
  at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX photo_revision_photo ON photo_revision (photo_id, id);
