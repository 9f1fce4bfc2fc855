import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../electron/services/schema/load-types';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { PATTERN_MAX_HOPS } from '../../../../graph-schema/model/pattern';
import { checkPattern } from '../../../../graph-schema/model/pattern-check';
import { SchemaIndex } from '../../../../graph-schema/model/schema';

const index = new SchemaIndex(loadSchema());

function refusal(input: unknown): { fields: (string | undefined)[]; message: string } {
  try {
    checkPattern(input, index);
  } catch (error) {
    if (!(error instanceof PlexusError)) throw error;
    expect(error.code).toBe('VALIDATION');
    return { fields: (error.details ?? []).map((d) => d.field), message: error.message };
  }
  throw new Error('the pattern was accepted');
}

describe('checkPattern', () => {
  it('fills the defaults of a bare chain', () => {
    const pattern = checkPattern({ nodes: [{ types: ['Person'] }, {}], edges: [{}] }, index);
    expect(pattern).toEqual({
      nodes: [
        { types: ['Person'], conditions: [], match: 'all' },
        { types: [], conditions: [], match: 'all' },
      ],
      edges: [{ types: [], direction: 'both', minHops: 1, maxHops: 1, conditions: [] }],
      limit: 500,
    });
  });

  it('names unknown types, unknown properties and values of the wrong kind', () => {
    expect(refusal({ nodes: [{ types: ['Spaceship'] }] }).message).toBe(
      'nodes.0.types.0: unknown entity type Spaceship',
    );
    expect(refusal({ nodes: [{}, {}], edges: [{ types: ['ORBITS'] }] }).fields).toEqual(['edges.0.types.0']);
    expect(
      refusal({
        nodes: [
          { types: ['Company'], conditions: [{ field: 'props.nationality', op: 'equals', value: 'CN' }] },
        ],
      }).message,
    ).toBe('nodes.0.conditions.0.field: no type of this box has a property nationality');
    expect(
      refusal({
        nodes: [
          {
            types: ['Organization'],
            conditions: [{ field: 'props.stateLinked', op: 'equals', value: 'yes' }],
          },
        ],
      }).fields,
    ).toEqual(['nodes.0.conditions.0.value']);
    expect(
      refusal({
        nodes: [
          { types: ['Location'], conditions: [{ field: 'props.latitude', op: 'contains', value: '35' }] },
        ],
      }).fields,
    ).toEqual(['nodes.0.conditions.0.op']);
  });

  it('caps hops, boxes and arrows', () => {
    expect(refusal({ nodes: [{}, {}], edges: [{ maxHops: PATTERN_MAX_HOPS + 1 }] }).message).toBe(
      `edges.0.maxHops: at most ${PATTERN_MAX_HOPS} hops (PATTERN_MAX_HOPS)`,
    );
    expect(refusal({ nodes: [{}, {}], edges: [{ minHops: 3, maxHops: 2 }] }).fields).toEqual([
      'edges.0.minHops',
    ]);
    expect(refusal({ nodes: [{}, {}], edges: [] }).fields).toEqual(['edges']);
    expect(refusal({ nodes: [{}, {}, {}, {}, {}], edges: [{}, {}, {}, {}] }).fields).toContain('nodes');
  });

  it('takes a property any type of an untyped box has', () => {
    const pattern = checkPattern(
      { nodes: [{ conditions: [{ field: 'props.country', op: 'in', values: ['CN', 'KP'] }] }] },
      index,
    );
    expect(pattern.nodes[0]?.conditions).toEqual([
      { field: 'props.country', op: 'in', values: ['CN', 'KP'] },
    ]);
  });
});
