/**
 * The first case-file layout. Entities and links keep their full record as JSON in `body`
 * so a read returns exactly what was written; the columns beside it exist for look-ups.
 * Entity bodies sit in their own table so the rows that link checks, type filters and
 * foreign keys touch stay small enough to stay cached on a million-entity case.
 * Links point at entities by integer row id: traversal walks small integer indexes, not
 * text UUIDs. The (source, type, target) and (target, type, source) indexes cover every
 * neighbour query, so expand and path never touch a record body.
 */
export const initialSql = `
CREATE TABLE entities (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  -- The label folded for case and accents: exact-name hits rank first in search.
  label_key TEXT NOT NULL
);
CREATE INDEX entities_label_key ON entities(label_key);

-- Same rid as entities; written and deleted with it by the store.
CREATE TABLE entity_bodies (
  rid INTEGER PRIMARY KEY,
  body TEXT NOT NULL
);

CREATE TABLE links (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  source INTEGER NOT NULL REFERENCES entities(rid) ON DELETE CASCADE,
  target INTEGER NOT NULL REFERENCES entities(rid) ON DELETE CASCADE,
  body TEXT NOT NULL
);
CREATE INDEX links_out ON links(source, type, target);
CREATE INDEX links_in ON links(target, type, source);

-- Kept by the store in the same transaction as each write: counting 3M rows on open is too slow.
CREATE TABLE type_counts (
  kind TEXT NOT NULL CHECK (kind IN ('entity', 'link')),
  type TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (kind, type)
) WITHOUT ROWID;

-- Contentless: the text lives in entities.body already; rowid = entities.rid.
CREATE VIRTUAL TABLE entity_search USING fts5(
  label, aliases, props,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
`;
