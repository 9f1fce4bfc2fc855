import type { Direction } from '../../../../graph-schema/model/queries';
import { ANY_TYPE } from '../../../../graph-schema/model/schema';
import type { LinkTypeDefinition } from '../../../../graph-schema/model/type-definition';
import { quoteName } from './names';
import { ENTITY_PROPERTY_KEYS, LINK_PROPERTY_KEYS } from './records';

/**
 * Every Cypher statement the adapter can send, and nothing else builds Cypher: the lint test
 * (tests/unit/.../cypher-lint.test.ts) enumerates this module and checks each statement with
 * Neo4j's own language tooling. Values always travel as parameters; the only names written
 * into the text are labels and relationship types from graph-schema, quoted by quoteName.
 * Functions take the type name already checked against the schema (names.ts).
 */

export const ENTITY_LABEL = 'PlexusEntity';
export const SCHEMA_LABEL = 'PlexusSchema';
export const META_LABEL = 'PlexusMeta';
export const CHART_LABEL = 'PlexusChart';
export const LINK_ID_LABEL = 'PlexusLinkId';
export const SEARCH_INDEX = 'plexus_search';

// ---- server and schema -------------------------------------------------------------------

export const SERVER_COMPONENTS =
  'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition';

export const READ_SCHEMA_VERSION = 'MATCH (s:PlexusSchema) RETURN s.version AS version, s.steps AS steps';

/** One node holds the version and the list of steps that brought the database there. */
export const RECORD_SCHEMA_STEP =
  'MERGE (s:PlexusSchema) SET s.version = $version, s.steps = coalesce(s.steps, []) + [$step]';

export const CREATE_ENTITY_ID_CONSTRAINT =
  'CREATE CONSTRAINT plexus_entity_id IF NOT EXISTS FOR (n:PlexusEntity) REQUIRE n.id IS UNIQUE';

export const CREATE_META_KEY_CONSTRAINT =
  'CREATE CONSTRAINT plexus_meta_key IF NOT EXISTS FOR (m:PlexusMeta) REQUIRE m.key IS UNIQUE';

/**
 * Link ids are unique across every link type, and a relationship index or constraint covers
 * one type only: so each link also has one (:PlexusLinkId {id}) node under this constraint.
 * The server refuses a second link with a taken id as it writes it, with no look-up first,
 * and two clients cannot both take one id.
 */
export const CREATE_LINK_ID_CONSTRAINT =
  'CREATE CONSTRAINT plexus_link_id IF NOT EXISTS FOR (k:PlexusLinkId) REQUIRE k.id IS UNIQUE';

/** A database prepared before the registry: one id node for every link already there. */
export const REGISTER_STORED_LINK_IDS =
  'MATCH (:PlexusEntity)-[r]->(:PlexusEntity) WHERE r.id IS NOT NULL MERGE (:PlexusLinkId {id: r.id})';

export const FORGET_LINK_IDS = 'UNWIND $ids AS id MATCH (k:PlexusLinkId {id: id}) DELETE k';

export const CREATE_CHART_ID_CONSTRAINT =
  'CREATE CONSTRAINT plexus_chart_id IF NOT EXISTS FOR (c:PlexusChart) REQUIRE c.id IS UNIQUE';

/**
 * The whitespace analyzer keeps the words exactly as searchText holds them: the adapter has
 * already folded case and accents and split words the way the case file's tokenizer does.
 * Not eventually consistent, so a write is searchable when its transaction commits.
 */
export const CREATE_SEARCH_INDEX =
  'CREATE FULLTEXT INDEX plexus_search IF NOT EXISTS FOR (n:PlexusEntity) ON EACH [n.searchText] ' +
  "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}}";

export const CREATE_LABEL_KEY_INDEX =
  'CREATE INDEX plexus_entity_label_key IF NOT EXISTS FOR (n:PlexusEntity) ON (n.labelKey)';
export const CREATE_VALID_FROM_INDEX =
  'CREATE INDEX plexus_entity_valid_from IF NOT EXISTS FOR (n:PlexusEntity) ON (n.validFrom)';
export const CREATE_VALID_TO_INDEX =
  'CREATE INDEX plexus_entity_valid_to IF NOT EXISTS FOR (n:PlexusEntity) ON (n.validTo)';

export function createLabelConstraint(type: string): string {
  return `CREATE CONSTRAINT ${quoteName(`plexus_${type}_id`)} IF NOT EXISTS FOR (n:${quoteName(type)}) REQUIRE n.id IS UNIQUE`;
}

/** A range index per relationship type: link ids are looked up within a type. */
export function createLinkIdIndex(type: string): string {
  return `CREATE INDEX ${quoteName(`plexus_link_${type}_id`)} IF NOT EXISTS FOR ()-[r:${quoteName(type)}]-() ON (r.id)`;
}

/** The relationship types that have an index on id (a type's own, or the link id constraint's). */
export const LINK_TYPES_WITH_ID_INDEX =
  "SHOW RANGE INDEXES YIELD entityType, labelsOrTypes, properties WHERE entityType = 'RELATIONSHIP' " +
  "AND properties = ['id'] RETURN labelsOrTypes[0] AS type";

export const AWAIT_INDEXES = 'CALL db.awaitIndexes($seconds)';

// ---- entities ----------------------------------------------------------------------------

export const ENTITIES_BY_ID =
  'UNWIND $ids AS id MATCH (n:PlexusEntity {id: id}) RETURN properties(n) AS entity';

export const ENTITY_TYPES_BY_ID =
  'UNWIND $ids AS id MATCH (n:PlexusEntity {id: id}) RETURN n.id AS id, n.type AS type';

/** A row of records.entityRow, each property named in the CREATE by its place; a null is not stored. */
const ENTITY_ROW_MAP = `{${ENTITY_PROPERTY_KEYS.map((key, i) => `${key}: row[${i}]`).join(', ')}}`;

export function createEntities(type: string): string {
  return `UNWIND $rows AS row CREATE (n:PlexusEntity:${quoteName(type)} ${ENTITY_ROW_MAP})`;
}

/** Inserts or replaces by id; the type label is set after, as MERGE matches on the id alone. */
export function mergeEntities(type: string): string {
  return `UNWIND $rows AS row MERGE (n:PlexusEntity {id: row.id}) SET n = row SET n:${quoteName(type)}`;
}

/** Takes a type label off entities whose type a put changes. */
export function removeEntityLabel(type: string): string {
  return `UNWIND $ids AS id MATCH (n:${quoteName(type)} {id: id}) REMOVE n:${quoteName(type)}`;
}

export const REPLACE_ENTITY = 'MATCH (n:PlexusEntity {id: $id}) SET n = $props';

/** Setting and removing a property takes the write lock and leaves the record as it was. */
export const LOCK_ENTITY = 'MATCH (n:PlexusEntity {id: $id}) SET n.plexusLock = true REMOVE n.plexusLock';

export function lockLink(type: string): string {
  return `MATCH (:PlexusEntity)-[r:${quoteName(type)} {id: $id}]->(:PlexusEntity) SET r.plexusLock = true REMOVE r.plexusLock`;
}

export const DELETE_ENTITIES = 'UNWIND $ids AS id MATCH (n:PlexusEntity {id: id}) DETACH DELETE n';

// ---- links -------------------------------------------------------------------------------

const LINK_COLUMNS = 'properties(r) AS props, type(r) AS type, s.id AS source, t.id AS target';

/**
 * Links by id, through each type's id index (plexus_link_<type>_id): one branch per type
 * the schema defines, so no relationship scan. Called with every link type of the schema.
 */
export function linksById(...types: string[]): string {
  return types
    .map(
      (type) =>
        `UNWIND $ids AS id MATCH (s:PlexusEntity)-[r:${quoteName(type)} {id: id}]->(t:PlexusEntity) RETURN ${LINK_COLUMNS}`,
    )
    .join(' UNION ALL ');
}

export const LINKS_TOUCHING =
  'UNWIND $ids AS id MATCH (:PlexusEntity {id: id})-[x]-(:PlexusEntity) WITH DISTINCT x AS r ' +
  `MATCH (s:PlexusEntity)-[r]->(t:PlexusEntity) RETURN ${LINK_COLUMNS}`;

export const LINKS_AMONG =
  'UNWIND $ids AS id MATCH (s:PlexusEntity {id: id})-[r]->(t:PlexusEntity) WHERE t.id IN $ids ' +
  `RETURN ${LINK_COLUMNS} ORDER BY r.id`;

/** Links per entity, counted by the server from each node's own relationships (no scan). */
export const DEGREES =
  'UNWIND $ids AS id MATCH (e:PlexusEntity {id: id}) RETURN e.id AS id, COUNT { (e)--(:PlexusEntity) } AS degree';

/**
 * A new link's properties, from the row's props map (records.linkProperties), written in its
 * CREATE: a `SET r = row.props` after the CREATE makes the planner hold every row of the batch
 * (Eager) before it sets the first. A null is not stored, as with SET.
 */
const LINK_PROPERTY_MAP = `{${LINK_PROPERTY_KEYS.map((key) => `${key}: row.props.${key}`).join(', ')}}`;

/**
 * Creates the links and their id nodes (CREATE_LINK_ID_CONSTRAINT refuses a taken id). A row
 * whose end is missing creates nothing: the count says how many were written.
 */
export function createLinks(type: string): string {
  return (
    'UNWIND $rows AS row MATCH (s:PlexusEntity {id: row.source}) MATCH (t:PlexusEntity {id: row.target}) ' +
    `CREATE (s)-[:${quoteName(type)} ${LINK_PROPERTY_MAP}]->(t), (:PlexusLinkId {id: row.props.id}) ` +
    'RETURN count(*) AS created'
  );
}

/** The ends a link type allows, as a label test of the matched ends s and t. */
function endsFit(type: Pick<LinkTypeDefinition, 'from' | 'to' | 'directed'>): string {
  const side = (end: string, types: readonly string[]) =>
    types.includes(ANY_TYPE) ? 'true' : `${end}:${types.map(quoteName).join('|')}`;
  const forward = `(${side('s', type.from)} AND ${side('t', type.to)})`;
  return type.directed ? forward : `(${forward} OR (${side('s', type.to)} AND ${side('t', type.from)}))`;
}

/**
 * New links of one type, each written (with its id node, as in createLinks) only if both its
 * ends are stored and the schema allows the type between their types (their labels). Answers
 * the ids of the rows that wrote nothing, for the adapter to name the fault as the schema check
 * does. One statement per type rather than one for a mixed batch: a relationship type cannot be
 * a parameter, and a statement with a conditional CREATE for each type takes the planner
 * seconds.
 */
export function createCheckedLinks(
  type: Pick<LinkTypeDefinition, 'name' | 'from' | 'to' | 'directed'>,
): string {
  return (
    'UNWIND $rows AS row OPTIONAL MATCH (s:PlexusEntity {id: row.source}) ' +
    'OPTIONAL MATCH (t:PlexusEntity {id: row.target}) ' +
    `WITH row, s, t, ${endsFit(type)} AS fits ` +
    'FOREACH (x IN CASE WHEN fits THEN [1] ELSE [] END | ' +
    `CREATE (s)-[:${quoteName(type.name)} ${LINK_PROPERTY_MAP}]->(t), (:PlexusLinkId {id: row.props.id})) ` +
    'RETURN collect(CASE WHEN NOT coalesce(fits, false) THEN row.props.id END) AS refused'
  );
}

/** Writes to a link name its type, so the id is found through that type's index. */
export function replaceLink(type: string): string {
  return `MATCH (:PlexusEntity)-[r:${quoteName(type)} {id: $id}]->(:PlexusEntity) SET r = $props`;
}

export function deleteLinks(type: string): string {
  return `UNWIND $ids AS id MATCH (:PlexusEntity)-[r:${quoteName(type)} {id: id}]->(:PlexusEntity) DELETE r`;
}

// ---- counts ------------------------------------------------------------------------------

/**
 * Every count in one statement and one round trip: a count-store lookup per entity label
 * and per relationship type (no scan), as UNION ALL branches. The type names, checked by
 * quoteName, are also written as the `type` column so each count says what it counts; the
 * count is taken in a WITH of its own, as the planner reads the count store only for a bare
 * count (tests/unit/.../cypher.neo4j.test.ts checks the plan).
 */
export function countAll(entityTypes: readonly string[], linkTypes: readonly string[]): string {
  return [
    ...entityTypes.map(
      (type) =>
        `MATCH (n:${quoteName(type)}) WITH count(n) AS n RETURN 'entity' AS kind, '${type}' AS type, n`,
    ),
    ...linkTypes.map(
      (type) =>
        `MATCH ()-[r:${quoteName(type)}]->() WITH count(r) AS n RETURN 'link' AS kind, '${type}' AS type, n`,
    ),
  ].join(' UNION ALL ');
}

// ---- search and traversal ----------------------------------------------------------------

/**
 * $phrases keeps words typed as one ("li.wei@exam") in order, the last a prefix, as FTS5's
 * phrase prefix query does (lucene.ts): searchText holds the index words joined by spaces.
 * Each entry lists the spellings of one query word, of which the node must hold one.
 */
export const SEARCH_FULLTEXT =
  "CALL db.index.fulltext.queryNodes('plexus_search', $query) YIELD node, score " +
  'WHERE ($types IS NULL OR node.type IN $types) ' +
  "AND all(spellings IN $phrases WHERE any(phrase IN spellings WHERE (' ' + node.searchText + ' ') CONTAINS phrase)) " +
  'RETURN node.id AS id, score LIMIT $window';

/** The search words and folded label of entities, recomputed when name folding changes (reindex.ts). */
export const SET_SEARCH_TEXT =
  'UNWIND $rows AS row MATCH (n:PlexusEntity {id: row.id}) SET n.searchText = row.searchText, n.labelKey = row.labelKey';

export const SEARCH_EXACT_LABEL =
  'MATCH (n:PlexusEntity) WHERE n.labelKey = $key AND ($types IS NULL OR n.type IN $types) ' +
  'RETURN n.id AS id LIMIT $limit';

/** A link walked (r) and the entity it reaches (b), by the request's type filters (null: all). */
function stepFilter(r: string, b: string): string {
  return `($linkTypes IS NULL OR type(${r}) IN $linkTypes) AND ($entityTypes IS NULL OR ${b}.type IN $entityTypes)`;
}

function step(direction: Direction, r: string): string {
  if (direction === 'out') return `-[${r}]->`;
  if (direction === 'in') return `<-[${r}]-`;
  return `-[${r}]-`;
}

/**
 * Links walked from a set of entities, away from them (out), towards them (in) or both in
 * one statement: the links away first, then those towards, as two separate walks would give
 * them (the path walk reads them in this order).
 */
export function stepsFrom(direction: Direction): string {
  const walk = (d: 'out' | 'in') =>
    `UNWIND $ids AS id MATCH (:PlexusEntity {id: id})${step(d, 'r')}(b:PlexusEntity) WHERE ${stepFilter('r', 'b')} ` +
    'RETURN r.id AS link, id AS origin, b.id AS reached';
  return direction === 'both' ? `${walk('out')} UNION ALL ${walk('in')}` : walk(direction);
}

/**
 * Every link an expand walks, all hops in one statement: a branch per hop, each first
 * walking to that hop's frontier (the entities reached the hop before, seeds left out,
 * DISTINCT so a node is walked from once) and then one step on. From the third hop on the
 * frontier may also hold nodes reached earlier; their steps repeat earlier ones and change
 * nothing in the breadth-first bookkeeping (traverse.ts), which stays with the caller.
 */
export function expandWalk(hops: number, direction: Direction): string {
  const branches: string[] = [];
  for (let hop = 1; hop <= hops; hop++) {
    let text = 'UNWIND $ids AS id MATCH (m0:PlexusEntity {id: id}) ';
    for (let k = 1; k < hop; k++) {
      text +=
        `MATCH (m${k - 1})${step(direction, `w${k}`)}(m${k}:PlexusEntity) ` +
        `WHERE ${stepFilter(`w${k}`, `m${k}`)} AND NOT m${k}.id IN $ids WITH DISTINCT m${k} `;
    }
    const at = `m${hop - 1}`;
    text +=
      `MATCH (${at})${step(direction, 'r')}(b:PlexusEntity) WHERE ${stepFilter('r', 'b')} ` +
      `RETURN ${hop} AS hop, r.id AS link, ${at}.id AS origin, b.id AS reached`;
    branches.push(text);
  }
  return branches.join(' UNION ALL ');
}

/**
 * Entities by id, and links by id with the two entities each was walked between (the map
 * keys origin and reached, either way round): found from those two nodes (Expand(Into) on
 * the smaller one's links), so no link-type index and one round trip for a walk's result.
 */
export const ENTITIES_AND_WALKED_LINKS =
  'UNWIND $ids AS id MATCH (n:PlexusEntity {id: id}) ' +
  'RETURN properties(n) AS entity, null AS props, null AS type, null AS source, null AS target ' +
  'UNION ALL ' +
  'UNWIND $links AS l MATCH (:PlexusEntity {id: l.origin})-[r]-(:PlexusEntity {id: l.reached}) WHERE r.id = l.id ' +
  'RETURN null AS entity, properties(r) AS props, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target';

// ---- scans and meta ----------------------------------------------------------------------

export const SCAN_ENTITIES =
  'MATCH (n:PlexusEntity) WHERE n.id > $after RETURN properties(n) AS entity ORDER BY n.id LIMIT $size';

export const SCAN_LINKS =
  `MATCH (s:PlexusEntity)-[r]->(t:PlexusEntity) WHERE r.id > $after RETURN ${LINK_COLUMNS} ` +
  'ORDER BY r.id LIMIT $size';

export const READ_META = 'MATCH (m:PlexusMeta {key: $key}) RETURN m.value AS value';
export const WRITE_META = 'MERGE (m:PlexusMeta {key: $key}) SET m.value = $value';
export const DELETE_META = 'MATCH (m:PlexusMeta {key: $key}) DELETE m';

// ---- saved charts ------------------------------------------------------------------------

const CHART_SUMMARY =
  'c.id AS id, c.name AS name, c.version AS version, c.entityCount AS entityCount, ' +
  'c.linkCount AS linkCount, c.createdAt AS createdAt, c.createdBy AS createdBy, ' +
  'c.updatedAt AS updatedAt, c.updatedBy AS updatedBy';

export const LIST_CHARTS = `MATCH (c:PlexusChart) RETURN ${CHART_SUMMARY}`;

export const CHART_BY_ID = `MATCH (c:PlexusChart {id: $id}) RETURN ${CHART_SUMMARY}, c.body AS body`;

/**
 * Takes the chart's write lock before its version is read in the same transaction: two
 * saves started from one version cannot both pass the check. WRITE_CHART's `SET c =` drops
 * the marker again.
 */
export const LOCK_CHART = 'MATCH (c:PlexusChart {id: $id}) SET c.locked = true';

/**
 * Creates or replaces by id. The numbers travel as top-level parameters so they are stored
 * as integers (numbers inside a map parameter would go as floats).
 */
export const WRITE_CHART =
  'MERGE (c:PlexusChart {id: $id}) SET c = $props, c.version = $version, ' +
  'c.entityCount = $entityCount, c.linkCount = $linkCount';

export const DELETE_CHART = 'MATCH (c:PlexusChart {id: $id}) DELETE c RETURN count(*) AS n';

// ---- saved patterns (issue 14) -------------------------------------------------------------

const PATTERN_COLUMNS = 'q.name AS name, q.body AS body, q.updatedAt AS updatedAt, q.updatedBy AS updatedBy';

export const LIST_PATTERNS = `MATCH (q:PlexusPattern) RETURN ${PATTERN_COLUMNS}`;

export const PATTERN_BY_NAME = `MATCH (q:PlexusPattern {name: $name}) RETURN ${PATTERN_COLUMNS}`;

/** Creates or replaces by name; MERGE takes the name's lock, so two saves of one name make one node. */
export const WRITE_PATTERN =
  'MERGE (q:PlexusPattern {name: $name}) SET q.body = $body, q.updatedAt = $updatedAt, q.updatedBy = $updatedBy';

export const RENAME_PATTERN =
  'MATCH (q:PlexusPattern {name: $name}) SET q.name = $to, q.updatedAt = $updatedAt, q.updatedBy = $updatedBy ' +
  `RETURN ${PATTERN_COLUMNS}`;

export const DELETE_PATTERN = 'MATCH (q:PlexusPattern {name: $name}) DELETE q RETURN count(*) AS n';
