/**
 * The statements of the history on a server (issue 12): one (:PlexusHistoryEntry) node per
 * entry and one (:PlexusHistoryHead) node, which every write locks first, so two clients
 * append to one chain one after the other. Values travel as parameters; hashes as hex text.
 */

export const CREATE_HISTORY_SEQ_CONSTRAINT =
  'CREATE CONSTRAINT plexus_history_seq IF NOT EXISTS FOR (e:PlexusHistoryEntry) REQUIRE e.seq IS UNIQUE';

export const CREATE_HISTORY_ITEM_INDEX =
  'CREATE INDEX plexus_history_item IF NOT EXISTS FOR (e:PlexusHistoryEntry) ON (e.item)';

export const CREATE_HISTORY_HEAD_CONSTRAINT =
  'CREATE CONSTRAINT plexus_history_head IF NOT EXISTS FOR (h:PlexusHistoryHead) REQUIRE h.id IS UNIQUE';

/** The head of an empty chain; a database with one already keeps it. */
export const START_HISTORY_HEAD =
  "MERGE (h:PlexusHistoryHead {id: 'head'}) ON CREATE SET h.seq = 0, h.entries = 0, h.items = 0, h.head = $genesis";

/**
 * Locks the head, then reads it and whether the entries agree with it: its last entry there,
 * none after it; and the hash of the entry this client last saw ($witnessSeq), to be found
 * unchanged. Setting and removing a property takes the head's write lock until the
 * transaction ends, so the read is of a head no other write can move: one round trip for both.
 */
export const READ_HISTORY_HEAD =
  'MATCH (h:PlexusHistoryHead) SET h.locked = true REMOVE h.locked WITH h ' +
  'OPTIONAL MATCH (last:PlexusHistoryEntry {seq: h.seq}) ' +
  'OPTIONAL MATCH (next:PlexusHistoryEntry {seq: h.seq + 1}) ' +
  'OPTIONAL MATCH (seen:PlexusHistoryEntry {seq: $witnessSeq}) ' +
  'RETURN h.seq AS seq, h.entries AS entries, h.items AS items, h.head AS head, ' +
  'last.hash AS lastHash, next IS NOT NULL AS beyond, seen.hash AS seenHash';

/** The order of an entry's fields in APPEND_HISTORY's rows. */
export const ENTRY_FIELDS = [
  'seq',
  'at',
  'osUser',
  'analyst',
  'op',
  'kind',
  'item',
  'action',
  'label',
  'changes',
  'bodyHash',
  'reason',
  'hash',
] as const;

/**
 * A batch of entries, then the head moved to the last: one statement. Each entry travels as
 * a list in ENTRY_FIELDS order and is named field by field in the CREATE: a list packs in
 * half the time of a map of the same values, and a null is not stored (read back as absent,
 * hashed as null both ways). Numbers in parameters go as floats.
 */
export const APPEND_HISTORY =
  'CALL () { UNWIND $entries AS e CREATE (:PlexusHistoryEntry {' +
  ENTRY_FIELDS.map((f, i) => (f === 'seq' ? `seq: toInteger(e[${i}])` : `${f}: e[${i}]`)).join(', ') +
  '}) } ' +
  'MATCH (h:PlexusHistoryHead) SET h.seq = $seq, h.entries = $count, h.items = $items, h.head = $head';

const ENTRY = 'e {.*} AS entry';

/** Newest first, below `before`, through the seq constraint's index. */
export const LIST_HISTORY =
  'MATCH (e:PlexusHistoryEntry) WHERE e.seq < $before ' +
  'AND ($who IS NULL OR e.osUser = $who OR e.analyst = $who) ' +
  'AND ($since IS NULL OR e.at >= $since) AND ($until IS NULL OR e.at <= $until) ' +
  `AND ($op IS NULL OR e.op = $op) RETURN ${ENTRY} ORDER BY e.seq DESC LIMIT $limit`;

/** One item's entries, through the item index. */
export const LIST_ITEM_HISTORY =
  'MATCH (e:PlexusHistoryEntry {item: $item}) WHERE e.seq < $before ' +
  'AND ($who IS NULL OR e.osUser = $who OR e.analyst = $who) ' +
  'AND ($since IS NULL OR e.at >= $since) AND ($until IS NULL OR e.at <= $until) ' +
  `AND ($op IS NULL OR e.op = $op) RETURN ${ENTRY} ORDER BY e.seq DESC LIMIT $limit`;

export const HISTORY_HEAD =
  'MATCH (h:PlexusHistoryHead) RETURN h.seq AS seq, h.entries AS entries, h.items AS items, h.head AS head';

/** From the count store, and the last number through the seq index: no scan of the entries. */
export const COUNT_HISTORY =
  'CALL () { MATCH (e:PlexusHistoryEntry) RETURN count(e) AS n } ' +
  'CALL () { OPTIONAL MATCH (e:PlexusHistoryEntry) WHERE e.seq IS NOT NULL ' +
  'RETURN e.seq AS lastSeq ORDER BY e.seq DESC LIMIT 1 } RETURN n, lastSeq';

export const LAST_ENTRIES = `MATCH (e:PlexusHistoryEntry) WHERE e.seq IS NOT NULL RETURN ${ENTRY} ORDER BY e.seq DESC LIMIT 2`;

export const ENTRY_HASH_AT = 'MATCH (e:PlexusHistoryEntry {seq: $seq}) RETURN e.hash AS hash';

/** The chain in order, a page at a time. */
export const WALK_HISTORY = `MATCH (e:PlexusHistoryEntry) WHERE e.seq > $after RETURN ${ENTRY} ORDER BY e.seq LIMIT $size`;

/** The last entry of each stored entity, a page of entities at a time. */
export const ENTITIES_WITH_LAST_ENTRY =
  'MATCH (n:PlexusEntity) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $size ' +
  "CALL (n) { OPTIONAL MATCH (e:PlexusHistoryEntry {item: n.id}) WHERE e.kind = 'entity' " +
  'RETURN e.seq AS seq, e.bodyHash AS bodyHash ORDER BY e.seq DESC LIMIT 1 } ' +
  'RETURN properties(n) AS props, seq, bodyHash';

/** The same for links: each with its type and ends, as the stored body holds them. */
export const LINKS_WITH_LAST_ENTRY =
  'MATCH (s:PlexusEntity)-[r]->(t:PlexusEntity) WHERE r.id > $after WITH s, r, t ORDER BY r.id LIMIT $size ' +
  "CALL (r) { OPTIONAL MATCH (e:PlexusHistoryEntry {item: r.id}) WHERE e.kind = 'link' " +
  'RETURN e.seq AS seq, e.bodyHash AS bodyHash ORDER BY e.seq DESC LIMIT 1 } ' +
  'RETURN properties(r) AS props, type(r) AS type, s.id AS source, t.id AS target, seq, bodyHash';

/** Every item's last entry where that entry left it stored (a body hash), in chain order. */
export const LAST_ENTRY_PER_ITEM =
  // Sources and citations have entries too, but are not items: only entities and links vanish.
  "MATCH (e:PlexusHistoryEntry) WHERE e.kind IN ['entity', 'link'] WITH e.kind AS kind, e.item AS item, max(e.seq) AS seq " +
  'MATCH (last:PlexusHistoryEntry {seq: seq}) WHERE last.bodyHash IS NOT NULL ' +
  'RETURN kind, item, seq ORDER BY seq';
