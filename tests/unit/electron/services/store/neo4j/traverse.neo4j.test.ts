import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../../electron/services/store/graph-store';
import { openNeo4jStore } from '../../../../../../electron/services/store/neo4j';
import { createCaseFile } from '../../../../../../electron/services/store/sqlite';
import type { Direction, ExpandRequest } from '../../../../../../graph-schema/model/queries';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { wipePlexus } from '../../../../../support/neo4j-server/admin';
import { describeOnNeo4j } from '../../../../../support/neo4j-server/given';

/**
 * Expand and shortest path on Neo4j (all hops in one statement, then one fetch) against the
 * case file's level-by-level walk, on one random network written to both: the same entities
 * and links, the same count left out, and under a limit the same distances kept (which of
 * the entities at one distance is the stores' own order).
 */

const schema = new SchemaIndex(loadSchema());
const PEOPLE = 40;
const COMPANIES = 8;

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function network() {
  const rand = random(11);
  const pick = (n: number) => Math.floor(rand() * n);
  const entities = [
    ...Array.from({ length: PEOPLE }, (_, i) => ({ id: `p${i}`, type: 'Person', label: `Person ${i}` })),
    ...Array.from({ length: COMPANIES }, (_, i) => ({ id: `c${i}`, type: 'Company', label: `Company ${i}` })),
  ];
  const links: { id: string; type: string; source: string; target: string }[] = [];
  for (let i = 0; i < 70; i++) {
    const s = pick(PEOPLE);
    const t = pick(PEOPLE);
    if (s !== t) links.push({ id: `a${i}`, type: 'ASSOCIATE_OF', source: `p${s}`, target: `p${t}` });
  }
  for (let i = 0; i < 30; i++)
    links.push({
      id: `e${i}`,
      type: 'EMPLOYED_BY',
      source: `p${pick(PEOPLE)}`,
      target: `c${pick(COMPANIES)}`,
    });
  // A hub: one company employing a quarter of the people.
  for (let i = 0; i < PEOPLE; i += 4)
    links.push({ id: `h${i}`, type: 'EMPLOYED_BY', source: `p${i}`, target: 'c0' });
  return { entities, links };
}

/** Both stores stamp the same audit fields, so their records can be compared whole. */
const writer = { actor: 'walk', schema, now: () => new Date('2026-01-02T03:04:05.000Z') };

const sorted = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();

describeOnNeo4j('Neo4j expand and path, against the case file', (config) => {
  let neo: GraphStore;
  let file: GraphStore;
  let dir: string;

  beforeAll(async () => {
    await wipePlexus(config);
    dir = mkdtempSync(join(tmpdir(), 'plexus-walk-'));
    file = await createCaseFile(join(dir, 'walk.plexus'), writer);
    neo = await openNeo4jStore(config, { ...writer, prepareSchema: true });
    const { entities, links } = network();
    for (const store of [file, neo])
      expect(await store.createItems({ entities, links })).toEqual({
        entities: entities.length,
        links: links.length,
      });
  });
  afterAll(async () => {
    await Promise.all([neo?.close(), file?.close()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const requests: ExpandRequest[] = [];
  for (const ids of [['p1'], ['p2', 'p3'], ['c0'], ['p5', 'c0', 'nobody']])
    for (const hops of [1, 2, 3])
      for (const direction of ['both', 'out', 'in'] as Direction[]) {
        requests.push({ ids, hops, direction });
        requests.push({ ids, hops, direction, linkTypes: ['ASSOCIATE_OF'] });
        requests.push({ ids, hops, direction, entityTypes: ['Person'] });
      }

  it('reaches the same entities and walks the same links', async () => {
    for (const request of requests) {
      const [a, b] = await Promise.all([neo.expand(request), file.expand(request)]);
      const what = JSON.stringify(request);
      expect(sorted(a.entities), what).toEqual(sorted(b.entities));
      expect(sorted(a.links), what).toEqual(sorted(b.links));
      expect(a.omitted, what).toBe(0);
      expect(a.links, what).toEqual([...a.links].map((l) => b.links.find((k) => k.id === l.id)));
    }
  }, 120_000);

  describe('under a limit', () => {
    it('keeps as many, leaves as many out, and keeps the nearest', async () => {
      for (const request of requests.filter((r) => r.hops === 3 && r.direction !== 'in')) {
        const limited = { ...request, limit: 4 };
        const [a, b] = await Promise.all([neo.expand(limited), file.expand(limited)]);
        const what = JSON.stringify(limited);
        expect(a.entities.length, what).toBe(b.entities.length);
        expect(a.omitted, what).toBe(b.omitted);
        // Distance of each entity: the fewest hops whose full expand reaches it.
        const distance = new Map<string, number>();
        for (let hops = request.hops ?? 1; hops >= 1; hops--)
          for (const e of (await file.expand({ ...request, hops, limit: 50_000 })).entities)
            distance.set(e.id, hops);
        const distances = (ids: readonly { id: string }[]) => ids.map((e) => distance.get(e.id)).sort();
        expect(distances(a.entities), what).toEqual(distances(b.entities));
        const kept = new Set([...(request.ids ?? []), ...a.entities.map((e) => e.id)]);
        for (const l of a.links) expect(kept.has(l.source) && kept.has(l.target), what).toBe(true);
      }
    }, 120_000);
  });

  it('finds the same shortest paths, with their entities and links in order', async () => {
    const rand = random(5);
    for (let i = 0; i < 30; i++) {
      const from = `p${Math.floor(rand() * PEOPLE)}`;
      const to = rand() < 0.2 ? `c${Math.floor(rand() * COMPANIES)}` : `p${Math.floor(rand() * PEOPLE)}`;
      for (const directed of [false, true]) {
        const request = { from, to, maxHops: 8, filters: { direction: directed ? 'out' : 'both' } } as const;
        const [a, b] = await Promise.all([neo.findPaths(request), file.findPaths(request)]);
        const what = `${from} -> ${to}${directed ? ' directed' : ''}`;
        expect(a.paths, what).toEqual(b.paths);
        const [path] = a.paths;
        if (!path) continue;
        expect(path.entityIds[0], what).toBe(from);
        expect(path.entityIds.at(-1), what).toBe(to);
        const links = new Map(a.links.map((l) => [l.id, l]));
        path.linkIds.forEach((id, k) => {
          const l = links.get(id);
          expect([l?.source, l?.target].sort(), what).toEqual(
            [path.entityIds[k], path.entityIds[k + 1]].sort(),
          );
        });
      }
    }
  });
});
