import type { ServerSchemaState } from '../../../../graph-schema/contract/connections';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { neo4jLocation, type Neo4jConfig } from './config';
import * as cypher from './cypher';
import * as sources from './source-cypher';
import * as history from './history-cypher';
import { adoptServerHistory } from './adopt-history';
import { reindexSearchText } from './reindex';
import type { Sessions } from './session';

/**
 * What Plexus keeps in a database besides the data: constraints, indexes and one
 * (:PlexusSchema {version, steps}) node. Migrations are steps by version; each applied step
 * is appended to `steps`, so the node tells how the database got where it is.
 */
interface SchemaStep {
  version: number;
  name: string;
  statements: (index: SchemaIndex) => string[];
  /** Data rewritten after the statements, before the step is recorded. */
  data?: (
    sessions: Sessions,
    index: SchemaIndex,
    writer: { actor: string; now: () => Date },
  ) => Promise<void>;
}

export const NEO4J_SCHEMA_STEPS: readonly SchemaStep[] = [
  {
    version: 1,
    name: 'constraints on id, full-text search, date and label indexes',
    statements: (index) => [
      cypher.CREATE_ENTITY_ID_CONSTRAINT,
      cypher.CREATE_META_KEY_CONSTRAINT,
      ...index.schema.entityTypes.map((t) => cypher.createLabelConstraint(t.name)),
      ...index.schema.linkTypes.map((t) => cypher.createLinkIdIndex(t.name)),
      cypher.CREATE_SEARCH_INDEX,
      cypher.CREATE_LABEL_KEY_INDEX,
      cypher.CREATE_VALID_FROM_INDEX,
      cypher.CREATE_VALID_TO_INDEX,
    ],
  },
  {
    version: 2,
    name: 'constraint on saved chart id',
    statements: () => [cypher.CREATE_CHART_ID_CONSTRAINT],
  },
  {
    version: 3,
    name: 'names found however they are typed: folded search words and readings',
    statements: () => [],
    data: reindexSearchText,
  },
  {
    version: 4,
    name: 'one id node per link, unique across link types',
    statements: () => [cypher.CREATE_LINK_ID_CONSTRAINT, cypher.REGISTER_STORED_LINK_IDS],
  },
  {
    version: 5,
    name: 'sources and citations: ids unique, citations found by item',
    statements: () => [
      sources.CREATE_SOURCE_ID_CONSTRAINT,
      sources.CREATE_CITATION_ID_CONSTRAINT,
      sources.CREATE_CITATION_ITEM_INDEX,
    ],
  },
  {
    version: 6,
    name: 'history of changes: entries unique by number, found by item, one head; stored items adopted',
    statements: () => [
      history.CREATE_HISTORY_SEQ_CONSTRAINT,
      history.CREATE_HISTORY_ITEM_INDEX,
      history.CREATE_HISTORY_HEAD_CONSTRAINT,
    ],
    data: adoptServerHistory,
  },
];

export const NEO4J_SCHEMA_VERSION = NEO4J_SCHEMA_STEPS.reduce((max, s) => Math.max(max, s.version), 0);

const INDEX_WAIT_SECONDS = 300;

export interface SchemaState {
  state: ServerSchemaState;
  version: number | null;
}

export async function readSchemaState(sessions: Sessions): Promise<SchemaState> {
  const rows = await sessions.read((run) => run(cypher.READ_SCHEMA_VERSION));
  const raw = rows[0]?.version;
  const version = typeof raw === 'number' ? raw : null;
  if (version === null) return { state: 'missing', version: null };
  if (version > NEO4J_SCHEMA_VERSION) return { state: 'newer', version };
  if (version < NEO4J_SCHEMA_VERSION) return { state: 'older', version };
  return { state: 'ready', version };
}

export function schemaRequired(
  config: Pick<Neo4jConfig, 'uri' | 'database'>,
  state: SchemaState,
): PlexusError {
  const what =
    state.state === 'missing'
      ? 'has no Plexus schema yet'
      : `has Plexus schema version ${state.version ?? 0}, this build needs ${NEO4J_SCHEMA_VERSION}`;
  return new PlexusError(
    'SCHEMA_REQUIRED',
    `The database ${config.database} on ${config.uri} ${what}: creating it adds uniqueness constraints, a full-text index and date indexes`,
    [{ field: 'database', message: `schema ${state.state}` }],
  );
}

export function schemaTooNew(config: Pick<Neo4jConfig, 'uri' | 'database'>, version: number): PlexusError {
  return new PlexusError(
    'CASE_TOO_NEW',
    `${neo4jLocation(config)} was prepared by a newer Plexus (schema version ${version}, this build knows up to ${NEO4J_SCHEMA_VERSION})`,
    [{ field: 'database', message: `schema version ${version} > ${NEO4J_SCHEMA_VERSION}` }],
  );
}

/**
 * Applies the steps past `from`. Schema commands cannot share a transaction with data
 * writes, so each runs alone; IF NOT EXISTS makes a step safe to repeat after a failure.
 */
export async function migrateSchema(
  sessions: Sessions,
  index: SchemaIndex,
  from: number,
  now: () => Date,
  /** Who the history names for the items a step adopts. */
  actor = 'plexus',
): Promise<void> {
  for (const step of NEO4J_SCHEMA_STEPS.filter((s) => s.version > from)) {
    for (const statement of step.statements(index)) await sessions.write((run) => run(statement));
    await sessions.read((run) => run(cypher.AWAIT_INDEXES, { seconds: INDEX_WAIT_SECONDS }));
    await step.data?.(sessions, index, { actor, now });
    await sessions.write((run) =>
      run(cypher.RECORD_SCHEMA_STEP, {
        version: step.version,
        step: `${step.version}: ${step.name} (${now().toISOString()})`,
      }),
    );
  }
}

/**
 * A link type added to the schema after the database was prepared (LINKED_TO on databases
 * older than it, a type added to graph-schema/types/links) gets its id index when a writable
 * store opens: without it, finding such links by id would scan every link of the type.
 */
export async function ensureLinkIdIndexes(sessions: Sessions, index: SchemaIndex): Promise<void> {
  const indexed = new Set(
    (await sessions.read((run) => run(cypher.LINK_TYPES_WITH_ID_INDEX))).map((row) => row.type),
  );
  const missing = index.schema.linkTypes.filter((t) => !indexed.has(t.name));
  if (missing.length === 0) return;
  for (const type of missing) await sessions.write((run) => run(cypher.createLinkIdIndex(type.name)));
  await sessions.read((run) => run(cypher.AWAIT_INDEXES, { seconds: INDEX_WAIT_SECONDS }));
}
