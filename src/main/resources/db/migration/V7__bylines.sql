-- Bylines: who an article is credited to, a JSON array of {name, type} (type Person or Organization), in order.
-- An empty array (every article written before bylines) reads as the site itself, an Organization.

ALTER TABLE article ADD COLUMN authors JSONB NOT NULL DEFAULT '[]';
ALTER TABLE scheduled_article ADD COLUMN authors JSONB NOT NULL DEFAULT '[]';
