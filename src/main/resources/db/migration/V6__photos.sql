-- Photos: each upload re-encoded (metadata stripped) and kept with its responsive sizes. The id is a content hash
-- of the upload and its texts, so sizes are immutable and cached forever. An article's lead photo is kept with the
-- article as the JSON it carries (a photo never changes once stored).

CREATE TABLE photo (
  id          TEXT        PRIMARY KEY,
  width       INT         NOT NULL,
  height      INT         NOT NULL,
  alt         TEXT        NOT NULL,
  caption     TEXT,
  credit      TEXT,
  original    BYTEA       NOT NULL,
  uploaded_by TEXT        NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE photo_size (
  photo_id TEXT  NOT NULL REFERENCES photo (id),
  width    INT   NOT NULL,
  height   INT   NOT NULL,
  bytes    BYTEA NOT NULL,
  PRIMARY KEY (photo_id, width)
);

ALTER TABLE article ADD COLUMN photo_id TEXT REFERENCES photo (id);
ALTER TABLE article ADD COLUMN photo TEXT;
