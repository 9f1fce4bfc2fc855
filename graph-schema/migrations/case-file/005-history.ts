/**
 * A history that cannot be rewritten unnoticed (issue 12). Every write appends one entry per
 * item it touched, in the write's own transaction: who, when, which operation, what changed
 * (before and after of each edited field), the SHA-256 of the item's stored body after the
 * write, and a hash chaining it to the entry before. `history_anchor` holds the chain's head,
 * entry and item counts, sealed with an HMAC whose key lives in the user's profile, outside
 * this file: a plain SQL edit of these tables cannot fix the seal up (README: Evidence and
 * history). Entries are only ever appended; nothing in Plexus updates or deletes them.
 *
 * type_counts goes: counts are read from the rows themselves, so they cannot disagree with
 * them after an edit made outside Plexus.
 */
export const historySql = `
CREATE TABLE history (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  os_user TEXT NOT NULL,
  analyst TEXT,
  op TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('entity', 'link')),
  item TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('added', 'changed', 'removed', 'adopted')),
  label TEXT NOT NULL,
  changes TEXT,
  body_hash BLOB,
  reason TEXT,
  hash BLOB NOT NULL
);
CREATE INDEX history_item ON history(item, seq);

CREATE TABLE history_anchor (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  entries INTEGER NOT NULL,
  items INTEGER NOT NULL,
  head BLOB NOT NULL,
  key_id TEXT,
  host TEXT NOT NULL,
  mac BLOB
);

DROP TABLE type_counts;
`;
