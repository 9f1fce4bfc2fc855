import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import { ENTITY_LABEL } from '../../../../../../electron/services/store/neo4j/cypher';
import { patternCypher } from '../../../../../../electron/services/store/neo4j/pattern-cypher';
import type { PatternInput } from '../../../../../../graph-schema/model/pattern';
import { checkPattern } from '../../../../../../graph-schema/model/pattern-check';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';

/** The Neo4j compile of a pattern: clean for Neo4j's own linter, every value a parameter. */

const index = new SchemaIndex(loadSchema());
const VERSION = 'CYPHER 5';
const FUNCTIONS = ['relationships', 'length', 'collect', 'any', 'all'];
const functions = testData.mockSchema.functions?.[VERSION] ?? {};

function pick(names: readonly string[]): NonNullable<DbSchema['functions']>[string] {
  const out: NonNullable<DbSchema['functions']>[string] = {};
  for (const name of names) {
    const entry = functions[name];
    if (!entry) throw new Error(`the linter's test data has no ${name}`);
    out[name] = entry;
  }
  return out;
}

function dbSchema(params: Record<string, unknown>): DbSchema {
  return {
    parameters: params,
    labels: [...index.schema.entityTypes.map((t) => t.name), ENTITY_LABEL],
    relationshipTypes: index.schema.linkTypes.map((t) => t.name),
    propertyKeys: [
      'id',
      'label',
      'notes',
      'validFrom',
      'validTo',
      'confidence',
      'reliability',
      'credibility',
      'propsJson',
    ],
    functions: { [VERSION]: pick(FUNCTIONS) },
    procedures: { [VERSION]: {} },
    defaultLanguage: VERSION,
  };
}

const INJECTION = "x'}) DETACH DELETE n //";

const PATTERNS: Record<string, PatternInput> = {
  'one box': { nodes: [{}] },
  'Person(nationality = CN) -STUDIED_AT-> Organization': {
    nodes: [
      { types: ['Person'], conditions: [{ field: 'props.nationality', op: 'equals', value: 'CN' }] },
      { types: ['Organization'] },
    ],
    edges: [{ types: ['STUDIED_AT'], direction: 'out' }],
  },
  'a chain with 1..3 hops, either-or conditions and every kind of condition': {
    nodes: [
      {
        types: ['Person', 'Organization'],
        conditions: [
          { field: 'label', op: 'contains', value: INJECTION },
          { field: 'validFrom', op: 'range', min: '2019', max: '2021-06' },
          { field: 'props.nationality', op: 'in', values: ['CN', 'KP'] },
          { op: 'minGrade', reliability: 'B', credibility: '2' },
        ],
      },
      {
        types: ['Organization'],
        match: 'any',
        conditions: [
          { field: 'notes', op: 'contains', value: 'state' },
          { field: 'props.stateLinked', op: 'equals', value: true },
        ],
      },
      { conditions: [{ field: 'props.country', op: 'contains', value: INJECTION }] },
    ],
    edges: [
      { direction: 'in', minHops: 1, maxHops: 3, conditions: [{ op: 'minConfidence', level: 'possible' }] },
      { types: ['OWNS', 'CONTROLS'], direction: 'both', maxHops: 2 },
    ],
  },
};

describe('patternCypher', () => {
  it.each(Object.entries(PATTERNS))('%s lints clean', (_name, input) => {
    const { text, params } = patternCypher(checkPattern(input, index));
    const { diagnostics } = lintCypherQuery(text, dbSchema(params));
    expect(
      diagnostics.map((d) => d.message),
      text,
    ).toEqual([]);
  });

  it('keeps user text and field names out of the statement', () => {
    const { text, params } = patternCypher(
      checkPattern(
        PATTERNS['a chain with 1..3 hops, either-or conditions and every kind of condition'],
        index,
      ),
    );
    for (const word of [INJECTION, 'DETACH', 'CN', 'nationality', 'country', '2019'])
      expect(text, word).not.toContain(word);
    expect(text).toContain('(n0:`Person`|`Organization`)');
    expect(text).toContain('ALL SHORTEST (n0)<-[r0 WHERE (r0.confidence IN $p');
    expect(text).toContain('(n1)-[r1:`OWNS`|`CONTROLS`]-{1,2}(n2:`PlexusEntity` WHERE n2 <> n1 AND');
    const values = Object.values(params);
    expect(values).toContain(INJECTION);
    expect(values).toContainEqual([
      '"nationality":"CN",',
      '"nationality":"CN"}',
      '"nationality":"KP",',
      '"nationality":"KP"}',
    ]);
    // A property holding text is a regular expression with every metacharacter made literal.
    const regex = values.find((v) => typeof v === 'string' && v.startsWith('.*"country"'));
    expect(regex).toBe(`.*"country":"(?:[^"\\\\]|\\\\.)*x'\\}\\) DETACH DELETE n //.*`);
  });

  it('matches a property by its JSON text as records.ts writes it, never inside another value', () => {
    const { params } = patternCypher(
      checkPattern(
        { nodes: [{ conditions: [{ field: 'props.nationality', op: 'contains', value: 'N' }] }] },
        index,
      ),
    );
    const regex = new RegExp(`^${String(Object.values(params)[0])}$`);
    expect(regex.test(JSON.stringify({ nationality: 'CN', title: 'Dr' }))).toBe(true);
    expect(regex.test(JSON.stringify({ nationality: 'SE', title: 'N' }))).toBe(false);
    expect(regex.test(JSON.stringify({ title: '"nationality":"N' }))).toBe(false);
    expect(regex.test(JSON.stringify({ nationality: 'a\nb' }))).toBe(false);
  });
});
