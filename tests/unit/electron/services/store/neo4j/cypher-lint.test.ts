import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import * as cypher from '../../../../../../electron/services/store/neo4j/cypher';
import * as history from '../../../../../../electron/services/store/neo4j/history-cypher';

/**
 * Layer 1 of the Neo4j tests: every statement the adapter can send, checked by Neo4j's own
 * linter against the labels, relationship types, properties, functions and procedures we use.
 * Zero errors and zero warnings, so a typo or a deprecated form fails CI without a server.
 */

const schema = loadSchema();
const entityTypes = schema.entityTypes.map((t) => t.name);
const linkTypes = schema.linkTypes.map((t) => t.name);

const FUNCTIONS = [
  'coalesce',
  'collect',
  'count',
  'properties',
  'type',
  'startNode',
  'endNode',
  'toInteger',
  'max',
];
const PROCEDURES = ['dbms.components', 'db.index.fulltext.queryNodes', 'db.awaitIndexes'];
const VERSION = 'CYPHER 5';

function pick<T>(registry: Record<string, T> | undefined, names: readonly string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const name of names) {
    const entry = registry?.[name];
    if (!entry) throw new Error(`the linter's test data has no ${name}`);
    out[name] = entry;
  }
  return out;
}

const PROPERTY_KEYS = [
  'id',
  'type',
  'label',
  'labelKey',
  'aliases',
  'notes',
  'validFrom',
  'validTo',
  'confidence',
  'reliability',
  'credibility',
  'classification',
  'propsJson',
  'searchText',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'version',
  'steps',
  'key',
  'value',
  // Keys of the row maps a link batch is sent as (UNWIND $rows AS row ... row.source).
  'source',
  'target',
  'props',
  // Links an expand walked (UNWIND $links AS l ... l.origin, l.reached).
  'origin',
  'reached',
  // Saved charts (:PlexusChart).
  'name',
  'body',
  'entityCount',
  'linkCount',
  'locked',
  // The history (:PlexusHistoryEntry, :PlexusHistoryHead).
  'seq',
  'at',
  'osUser',
  'analyst',
  'op',
  'kind',
  'item',
  'action',
  'changes',
  'bodyHash',
  'reason',
  'hash',
  'entries',
  'items',
  'head',
];

/** Every parameter the adapter binds, with a value of its kind: an unknown one is an error. */
const PARAMETERS: Record<string, unknown> = {
  ids: ['a'],
  id: 'a',
  links: [{ id: 'l', origin: 'a', reached: 'b' }],
  rows: [{ id: 'a' }],
  props: { id: 'a' },
  types: ['Person'],
  linkTypes: ['OWNS'],
  entityTypes: ['Person'],
  query: 'wang',
  key: 'k',
  value: '{}',
  limit: 20,
  window: 2000,
  phrases: [' li wei'],
  after: '',
  size: 1000,
  seconds: 60,
  version: 1,
  step: 'step',
  entityCount: 3,
  linkCount: 2,
  // Saved patterns (:PlexusPattern).
  name: 'n',
  to: 'm',
  body: '{}',
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'a',
  // The history.
  genesis: '00',
  witnessSeq: 1,
  entries: [{ seq: 1 }],
  seq: 1,
  count: 1,
  items: 1,
  head: '00',
  item: 'a',
  who: 'a',
  since: '2026-01-01',
  until: '2026-01-02',
  op: 'edit',
  before: 10,
};

const dbSchema: DbSchema = {
  parameters: PARAMETERS,
  labels: [
    ...entityTypes,
    cypher.ENTITY_LABEL,
    cypher.SCHEMA_LABEL,
    cypher.META_LABEL,
    cypher.CHART_LABEL,
    cypher.LINK_ID_LABEL,
    'PlexusPattern',
    'PlexusHistoryEntry',
    'PlexusHistoryHead',
  ],
  relationshipTypes: linkTypes,
  propertyKeys: PROPERTY_KEYS,
  functions: { [VERSION]: pick(testData.mockSchema.functions?.[VERSION], FUNCTIONS) },
  procedures: { [VERSION]: pick(testData.mockSchema.procedures?.[VERSION], PROCEDURES) },
  defaultLanguage: VERSION,
};

/** Every exported string constant, and every exported function for every type it takes. */
function allStatements(): [string, string][] {
  const out: [string, string][] = [];
  const labelConstants = new Set([
    cypher.ENTITY_LABEL,
    cypher.SCHEMA_LABEL,
    cypher.META_LABEL,
    cypher.CHART_LABEL,
    cypher.LINK_ID_LABEL,
    cypher.SEARCH_INDEX,
  ]);
  // Statements built from the whole schema at once, in the form the adapter sends them.
  const wholeSchema: Record<string, () => string> = {
    countAll: () => cypher.countAll(entityTypes, linkTypes),
    linksById: () => cypher.linksById(...linkTypes),
  };
  // Statements shaped by a walk's direction and hops, or by a link type's whole definition.
  const directions = ['out', 'in', 'both'] as const;
  const walks: Record<string, () => [string, string][]> = {
    stepsFrom: () => directions.map((d) => [`stepsFrom(${d})`, cypher.stepsFrom(d)]),
    createCheckedLinks: () =>
      schema.linkTypes.map((t): [string, string] => [
        `createCheckedLinks(${t.name})`,
        cypher.createCheckedLinks(t),
      ]),
    expandWalk: () =>
      directions.flatMap((d) =>
        [1, 2, 3].map((hops): [string, string] => [`expandWalk(${hops}, ${d})`, cypher.expandWalk(hops, d)]),
      ),
  };
  for (const [name, value] of Object.entries(cypher)) {
    const whole = wholeSchema[name];
    if (whole) out.push([`${name}(schema)`, whole()]);
    const walk = walks[name];
    if (walk) {
      out.push(...walk());
      continue;
    }
    if (typeof value === 'string') {
      if (!labelConstants.has(value)) out.push([name, value]);
    } else if (name === 'countAll') {
      continue;
    } else if (typeof value === 'function') {
      const linkFunction = /link/i.test(name);
      const types = linkFunction ? linkTypes : entityTypes;
      for (const type of types) out.push([`${name}(${type})`, (value as (t: string) => string)(type)]);
    }
  }
  for (const [name, value] of Object.entries(history))
    if (typeof value === 'string') out.push([`history.${name}`, value]);
  return out;
}

describe('Cypher statements (layer 1: Neo4j language tooling)', () => {
  const statements = allStatements();

  it('enumerates the statements and their per-type forms', () => {
    expect(statements.length).toBeGreaterThan(30);
    expect(statements.some(([name]) => name === `createLinks(${linkTypes[0] ?? ''})`)).toBe(true);
  });

  it.each(statements)('%s lints clean', (_name, query) => {
    const { diagnostics } = lintCypherQuery(query, dbSchema);
    const shown = diagnostics.map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);
    expect(shown, query).toEqual([]);
  });

  it('the linter does flag a broken statement, a wrong label and an unknown procedure', () => {
    const broken = [
      'MATCH (n:PlexusEntity RETURN n',
      'MATCH (n:Spaceship) RETURN n',
      'CALL db.index.fulltext.queryNodez($a, $b)',
    ];
    for (const query of broken)
      expect(lintCypherQuery(query, dbSchema).diagnostics.length, query).toBeGreaterThan(0);
  });
});
