/**
 * Sources and citations enter the case history (issue 12): a citation is a claim, so adding,
 * changing or removing one (or a source) is entered like an item's write. SQLite cannot widen
 * a CHECK in place, so the table is copied into one whose `kind` also allows 'source' and
 * 'citation'; every entry keeps its seq, columns and hash, so the chain and its seal hold as
 * before. Evidence entries count no item in the seal.
 */
export const historyEvidenceSql = `
CREATE TABLE history_next (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  os_user TEXT NOT NULL,
  analyst TEXT,
  op TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('entity', 'link', 'source', 'citation')),
  item TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('added', 'changed', 'removed', 'adopted')),
  label TEXT NOT NULL,
  changes TEXT,
  body_hash BLOB,
  reason TEXT,
  hash BLOB NOT NULL
);
INSERT INTO history_next (seq, at, os_user, analyst, op, kind, item, action, label, changes, body_hash, reason, hash)
  SELECT seq, at, os_user, analyst, op, kind, item, action, label, changes, body_hash, reason, hash FROM history ORDER BY seq;
DROP TABLE history;
ALTER TABLE history_next RENAME TO history;
CREATE INDEX history_item ON history(item, seq);
`;
