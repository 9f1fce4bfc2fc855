/**
 * A scripted Bolt server that answers the questions the Neo4j adapter asks on every connect
 * (server components, the schema-version node, the link id indexes) and before every write
 * (the history's head) the way a prepared Neo4j 5 database does, and
 * hands every other RUN to the test. Matched on distinctive substrings of cypher.ts's
 * statements, so a reworded query still lands here.
 */
import { createServer } from 'node:net';
import { loadSchema } from '../../../../../../../electron/services/schema/load-types';
import { NEO4J_SCHEMA_VERSION, type Neo4jConfig } from '../../../../../../../electron/services/store/neo4j';
import { LINK_TYPES_WITH_ID_INDEX } from '../../../../../../../electron/services/store/neo4j/cypher';
import { READ_HISTORY_HEAD } from '../../../../../../../electron/services/store/neo4j/history-cypher';
import { SchemaIndex } from '../../../../../../../graph-schema/model/schema';
import {
  startBoltServer,
  type BoltScript,
  type BoltServer,
  type PlainMap,
  type RunMeta,
  type RunReply,
} from '../../../../../../support/bolt';

export const USER = 'analyst';
export const PASSWORD = 'correct horse';
export const schema = new SchemaIndex(loadSchema());

export interface PlexusScript extends Omit<BoltScript, 'onRun'> {
  /** What dbms.components() answers. */
  kernel?: { version: string; edition: string };
  /** The version on the PlexusSchema node; null: no node (a fresh database). */
  schemaVersion?: number | null;
  /** Answers every other RUN; undefined from it means an empty result. */
  onQuery?: (query: string, params: PlainMap, meta: RunMeta) => RunReply | undefined;
}

export function startPlexusServer(script: PlexusScript = {}): Promise<BoltServer> {
  const { kernel = { version: '5.26.0', edition: 'enterprise' }, onQuery, ...rest } = script;
  const version = script.schemaVersion === undefined ? NEO4J_SCHEMA_VERSION : script.schemaVersion;
  return startBoltServer({
    users: { [USER]: PASSWORD },
    ...rest,
    onRun: (query, params, meta) => {
      if (query.includes('dbms.components()')) {
        return {
          fields: ['name', 'versions', 'edition'],
          records: [['Neo4j Kernel', [kernel.version], kernel.edition]],
        };
      }
      if (query.includes('PlexusSchema') && query.includes('RETURN s.version')) {
        return {
          fields: ['version', 'steps'],
          records: version === null ? [] : [[version, [`${version}: scripted`]]],
        };
      }
      if (query === LINK_TYPES_WITH_ID_INDEX) {
        // A prepared database: every link type of the schema has its id index.
        return { fields: ['type'], records: schema.schema.linkTypes.map((t) => [t.name]) };
      }
      if (query === READ_HISTORY_HEAD) {
        // An empty history: its head at the start of the chain, no entry yet.
        return {
          fields: ['seq', 'entries', 'items', 'head', 'lastHash', 'beyond', 'seenHash'],
          records: [[0, 0, 0, '0'.repeat(64), null, false, null]],
        };
      }
      return onQuery?.(query, params, meta) ?? { fields: [], records: [] };
    },
  });
}

export function configFor(server: BoltServer, overrides: Partial<Neo4jConfig> = {}): Neo4jConfig {
  return {
    uri: server.url,
    database: 'plexus',
    user: USER,
    password: PASSWORD,
    readOnly: false,
    // Failures here must come back at once, never after the 10 s and 30 s defaults.
    connectionTimeoutMs: 5_000,
    queryTimeoutMs: 5_000,
    ...overrides,
  };
}

/** A port on 127.0.0.1 that nothing listens on: bound, read, and released again. */
export async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

/** Node properties of a stored entity, as the adapter writes them (records.ts). */
export function storedEntity(id: string, label: string, props: PlainMap = {}): PlainMap {
  return {
    id,
    type: 'Person',
    label,
    aliases: ['Wang Wei'],
    notes: '',
    confidence: 'probable',
    reliability: 'B',
    credibility: '2',
    classification: 'OFFICIAL',
    propsJson: JSON.stringify({ nationality: 'CN', ...props }),
    labelKey: label.toLowerCase(),
    searchText: label.toLowerCase(),
    createdAt: '2024-05-01T08:00:00.000Z',
    createdBy: 'alice',
    updatedAt: '2024-05-02T09:30:00.000Z',
    updatedBy: 'bob',
  };
}
