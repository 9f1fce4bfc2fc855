/**
 * Sources and citations (issue 12): evidence kept beside the records, never in their bodies.
 * A citation names its item by id and kind; triggers delete an item's citations (and its
 * "grade set" mark) in the same statement that deletes the item, links deleted through the
 * entities' ON DELETE CASCADE included. A cited source cannot be deleted (RESTRICT): the store
 * refuses first with a message, the key is the last guard. Stored files sit in their own table
 * so listing sources never reads their bytes.
 */
export const sourcesSql = `
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE source_files (
  source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  content BLOB NOT NULL
);

CREATE TABLE citations (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
  item_kind TEXT NOT NULL CHECK (item_kind IN ('entity', 'link')),
  item_id TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX citations_item ON citations(item_id, item_kind);
CREATE INDEX citations_source ON citations(source_id);

-- Items whose grade the analyst fixed; every other item's grade follows its best citation.
CREATE TABLE grade_set (
  item_id TEXT NOT NULL,
  item_kind TEXT NOT NULL CHECK (item_kind IN ('entity', 'link')),
  PRIMARY KEY (item_id, item_kind)
) WITHOUT ROWID;

CREATE TRIGGER entities_drop_evidence AFTER DELETE ON entities BEGIN
  DELETE FROM citations WHERE item_id = OLD.id AND item_kind = 'entity';
  DELETE FROM grade_set WHERE item_id = OLD.id AND item_kind = 'entity';
END;

CREATE TRIGGER links_drop_evidence AFTER DELETE ON links BEGIN
  DELETE FROM citations WHERE item_id = OLD.id AND item_kind = 'link';
  DELETE FROM grade_set WHERE item_id = OLD.id AND item_kind = 'link';
END;
`;
