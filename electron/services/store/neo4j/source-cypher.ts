/**
 * Sources and citations on a server: (:PlexusSource {id, body}), its stored file as
 * (:PlexusSourceFile {sourceId, content}) (base64), (:PlexusCitation {id, sourceId, itemKind,
 * itemId, body})-[:PLEXUS_CITES]->(:PlexusSource), and (:PlexusGradeSet {itemKind, itemId}) for
 * items whose grade the analyst fixed. Bodies are JSON text, parsed at the read edge. Nothing
 * here carries the PlexusEntity label, so search, counts and traversal never meet them.
 */

export const CREATE_SOURCE_ID_CONSTRAINT =
  'CREATE CONSTRAINT plexus_source_id IF NOT EXISTS FOR (s:PlexusSource) REQUIRE s.id IS UNIQUE';
export const CREATE_CITATION_ID_CONSTRAINT =
  'CREATE CONSTRAINT plexus_citation_id IF NOT EXISTS FOR (c:PlexusCitation) REQUIRE c.id IS UNIQUE';
export const CREATE_CITATION_ITEM_INDEX =
  'CREATE INDEX plexus_citation_item IF NOT EXISTS FOR (c:PlexusCitation) ON (c.itemId)';

export const LIST_SOURCES = 'MATCH (s:PlexusSource) RETURN s.body AS body';
export const SOURCE_BY_ID = 'MATCH (s:PlexusSource {id: $id}) RETURN s.body AS body';
export const CREATE_SOURCE = 'CREATE (:PlexusSource {id: $id, body: $body})';
export const CREATE_SOURCE_FILE = 'CREATE (:PlexusSourceFile {sourceId: $id, content: $content})';
export const SOURCE_FILE = 'MATCH (f:PlexusSourceFile {sourceId: $id}) RETURN f.content AS content';
export const UPDATE_SOURCE = 'MATCH (s:PlexusSource {id: $id}) SET s.body = $body';
/** Takes the source's write lock first, so a citation added meanwhile cannot slip past the count. */
export const LOCK_SOURCE = 'MATCH (s:PlexusSource {id: $id}) SET s.plexusLock = true REMOVE s.plexusLock';
export const COUNT_CITATIONS_OF_SOURCE =
  'MATCH (s:PlexusSource {id: $id}) RETURN COUNT { (:PlexusCitation)-[:PLEXUS_CITES]->(s) } AS n';
export const DELETE_SOURCE =
  'MATCH (s:PlexusSource {id: $id}) OPTIONAL MATCH (f:PlexusSourceFile {sourceId: $id}) DELETE f, s';

export const CITATION_BY_ID = 'MATCH (c:PlexusCitation {id: $id}) RETURN c.body AS body';
export const CITATIONS_OF_ITEM =
  'MATCH (c:PlexusCitation {itemId: $itemId, itemKind: $itemKind}) RETURN c.body AS body ORDER BY c.seq';
export const CITATIONS_OF_SOURCE =
  'MATCH (c:PlexusCitation {sourceId: $id}) RETURN c.body AS body ORDER BY c.seq';
export const ALL_CITATIONS = 'MATCH (c:PlexusCitation) RETURN c.body AS body ORDER BY c.seq';
/** seq keeps citations in the order they were made (timestamps may tie within a millisecond). */
export const CREATE_CITATION =
  'MATCH (s:PlexusSource {id: $sourceId}) ' +
  'OPTIONAL MATCH (last:PlexusCitation) WITH s, coalesce(max(last.seq), 0) AS seq ' +
  'CREATE (c:PlexusCitation {id: $id, sourceId: $sourceId, itemKind: $itemKind, itemId: $itemId, body: $body, seq: seq + 1})-[:PLEXUS_CITES]->(s)';
export const UPDATE_CITATION = 'MATCH (c:PlexusCitation {id: $id}) SET c.body = $body';
export const DELETE_CITATION = 'MATCH (c:PlexusCitation {id: $id}) DETACH DELETE c';

export const GRADE_SET =
  'MATCH (g:PlexusGradeSet {itemId: $itemId, itemKind: $itemKind}) RETURN count(g) AS n';
export const ALL_GRADE_SET =
  'MATCH (g:PlexusGradeSet) RETURN g.itemKind AS itemKind, g.itemId AS itemId ORDER BY g.itemId';
export const SET_GRADE = 'MERGE (:PlexusGradeSet {itemId: $itemId, itemKind: $itemKind})';
export const UNSET_GRADE = 'MATCH (g:PlexusGradeSet {itemId: $itemId, itemKind: $itemKind}) DELETE g';

/** An item's evidence goes with it, in the transaction that deletes it; answered for an undo. */
export const DROP_CITATIONS =
  'UNWIND $ids AS id MATCH (c:PlexusCitation {itemId: id, itemKind: $itemKind}) ' +
  'WITH c, c.body AS body, c.seq AS seq DETACH DELETE c RETURN body ORDER BY seq';
export const DROP_GRADE_SET =
  'UNWIND $ids AS id MATCH (g:PlexusGradeSet {itemId: id, itemKind: $itemKind}) ' +
  'WITH g, g.itemId AS itemId DELETE g RETURN itemId';
