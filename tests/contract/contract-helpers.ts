import { expect } from 'vitest';
import { PlexusError } from '../../graph-schema/model/errors';
import type { Entity, EntityInput, Link } from '../../graph-schema/model/records';
import type { GraphStore } from '../../electron/services/store/graph-store';

/** Asserts a call fails with a PlexusError of this code, naming the field when given. */
export async function expectError(
  work: Promise<unknown>,
  code: string,
  field?: string,
): Promise<PlexusError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(PlexusError);
  const plexus = error as PlexusError;
  expect(plexus.code).toBe(code);
  if (field !== undefined) expect(plexus.details?.map((d) => d.field)).toContain(field);
  return plexus;
}

export async function one(store: GraphStore, input: EntityInput): Promise<Entity> {
  const [entity] = await store.createEntities([input]);
  if (!entity) throw new Error('createEntities returned nothing');
  return entity;
}

export async function link(store: GraphStore, type: string, source: Entity, target: Entity): Promise<Link> {
  const [created] = await store.createLinks([{ type, source: source.id, target: target.id }]);
  if (!created) throw new Error('createLinks returned nothing');
  return created;
}

export function ids(items: readonly { id: string }[]): string[] {
  return items.map((i) => i.id).sort();
}

export function labels(hits: readonly { entity: Entity }[]): string[] {
  return hits.map((h) => h.entity.label);
}

/**
 * A small case for traversal:
 *
 *   A -EMPLOYED_BY-> C1 <-EMPLOYED_BY- B -FAMILY_OF- D -MEMBER_OF-> O <-MEMBER_OF- E
 *   A -STUDIED_AT-> U
 *   A -ASSOCIATE_OF- X -ASSOCIATE_OF- Y -ASSOCIATE_OF- Z -ASSOCIATE_OF- D   (a longer way round)
 */
export async function buildNetwork(store: GraphStore) {
  const [a, b, d, e, x, y, z, c1, u, o] = await store.createEntities([
    { type: 'Person', label: 'Alice Anders' },
    { type: 'Person', label: 'Bob Brandt' },
    { type: 'Person', label: 'Dora Brandt' },
    { type: 'Person', label: 'Emil Ek' },
    { type: 'Person', label: 'Xavier X' },
    { type: 'Person', label: 'Yara Y' },
    { type: 'Person', label: 'Zed Z' },
    { type: 'Company', label: 'Cobalt Ltd' },
    { type: 'Organization', label: 'Uppsala University' },
    { type: 'Organization', label: 'Oak Party' },
  ]);
  if (!a || !b || !d || !e || !x || !y || !z || !c1 || !u || !o) throw new Error('network not created');
  const rows: [string, Entity, Entity][] = [
    ['EMPLOYED_BY', a, c1],
    ['EMPLOYED_BY', b, c1],
    ['STUDIED_AT', a, u],
    ['FAMILY_OF', b, d],
    ['MEMBER_OF', d, o],
    ['MEMBER_OF', e, o],
    ['ASSOCIATE_OF', a, x],
    ['ASSOCIATE_OF', x, y],
    ['ASSOCIATE_OF', y, z],
    ['ASSOCIATE_OF', z, d],
  ];
  const links = await store.createLinks(rows.map(([type, s, t]) => ({ type, source: s.id, target: t.id })));
  return { a, b, d, e, x, y, z, c1, u, o, links };
}
