import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Link } from '../../../../../graph-schema/model/records';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';
import { generateDemoCase } from '../../../../../electron/services/demo/index';
import { STARTING_CHART_NAME } from '../../../../../electron/services/demo/starting-chart';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../electron/services/store/sqlite/index';

const schema = new SchemaIndex(loadSchema());
let dir: string;
let counter = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-demo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function demoCase(options: Parameters<typeof generateDemoCase>[1]) {
  const store = await createCaseFile(join(dir, `case-${counter++}.plexus`), { actor: 'tester', schema });
  const result = await generateDemoCase(store, options);
  return { store, result };
}

async function all(store: GraphStore): Promise<{ entities: Entity[]; links: Link[] }> {
  const entities: Entity[] = [];
  const links: Link[] = [];
  for await (const batch of store.scanEntities(1000)) entities.push(...batch);
  for await (const batch of store.scanLinks(1000)) links.push(...batch);
  return { entities, links };
}

describe('generateDemoCase, default size', () => {
  let store: GraphStore;
  let data: { entities: Entity[]; links: Link[] };
  let result: { entities: number; links: number };

  beforeAll(async () => {
    ({ store, result } = await demoCase({}));
    data = await all(store);
  });
  afterAll(() => store.close());

  it('writes about 150 entities and reports what it wrote', async () => {
    expect(result.entities).toBe(150);
    expect(data.entities).toHaveLength(result.entities);
    expect(data.links).toHaveLength(result.links);
    expect(result.links).toBeGreaterThan(300);
  });

  it('writes only links the schema allows between their end types', () => {
    const typeOf = new Map(data.entities.map((e) => [e.id, e.type]));
    for (const link of data.links) {
      const type = schema.linkType(link.type);
      expect(type, link.type).toBeDefined();
      if (!type) continue;
      const allowed = schema.allowsLink(type, typeOf.get(link.source) ?? '?', typeOf.get(link.target) ?? '?');
      expect(allowed, `${link.type} ${typeOf.get(link.source)} -> ${typeOf.get(link.target)}`).toBe(true);
    }
  });

  it('has people study at universities only', () => {
    const byId = new Map(data.entities.map((e) => [e.id, e]));
    const studies = data.links.filter((l) => l.type === 'STUDIED_AT');
    expect(studies.length).toBeGreaterThan(10);
    for (const link of studies) expect(byId.get(link.target)?.props.orgKind).toBe('university');
  });

  it('varies confidence, grading, markings and dates, and mixes scripts', () => {
    const items = [...data.entities, ...data.links];
    expect(new Set(items.map((i) => i.confidence)).size).toBe(4);
    expect(new Set(items.map((i) => i.reliability)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(items.map((i) => i.classification)).size).toBeGreaterThanOrEqual(5);
    expect(items.some((i) => i.validFrom?.length === 4)).toBe(true);
    expect(items.some((i) => i.validFrom?.length === 7)).toBe(true);
    expect(items.some((i) => i.notes !== '')).toBe(true);
    const names = data.entities.flatMap((e) => [e.label, ...e.aliases]).join(' ');
    expect(names).toMatch(/\p{Script=Han}/u);
    expect(names).toMatch(/\p{Script=Hangul}/u);
    expect(names).toMatch(/\p{Script=Cyrillic}/u);
    expect(names).toMatch(/[À-ž]/u);
  });

  it('puts students within three hops of an organization suspected of tasking', async () => {
    const tasked = [
      ...new Set(data.links.filter((l) => l.type === 'POSSIBLE_TASKING_BY').map((l) => l.target)),
    ];
    expect(tasked.length).toBeGreaterThan(0);
    const students = new Set(data.links.filter((l) => l.type === 'STUDIED_AT').map((l) => l.source));
    const reached = await store.expand({ ids: tasked, hops: 3, limit: 5000 });
    const near = reached.entities.filter((e) => e.type === 'Person' && students.has(e.id));
    expect(near.length).toBeGreaterThanOrEqual(3);
    const first = near[0];
    if (!first) throw new Error('no student found');
    const found = await Promise.all(tasked.map((to) => store.findPaths({ from: first.id, to, maxHops: 3 })));
    const shortest = Math.min(...found.flatMap((f) => f.paths.map((p) => p.length)));
    expect(shortest).toBeLessThanOrEqual(3);
  });
});

describe('generateDemoCase, seeded and scaled', () => {
  it('gives the same labels for the same seed and others for another seed', async () => {
    const labels = async (seed: number) => {
      const { store } = await demoCase({ seed, size: 400 });
      const { entities } = await all(store);
      await store.close();
      return entities.map((e) => `${e.type}:${e.label}`).sort();
    };
    const [a, b, c] = [await labels(11), await labels(11), await labels(12)];
    expect(a).toHaveLength(400);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('scales to 5000 entities with about three links each and a skewed degree distribution', async () => {
    const seen: number[] = [];
    const { store, result } = await demoCase({ seed: 5, size: 5000, onProgress: (done) => seen.push(done) });
    const counts = await store.counts();
    expect(counts.entityCount).toBe(5000);
    expect(result).toEqual({ entities: 5000, links: counts.linkCount });
    expect(counts.linkCount / counts.entityCount).toBeGreaterThan(2.5);
    expect(counts.linkCount / counts.entityCount).toBeLessThan(3.5);
    expect(seen.at(-1)).toBe(5000);

    const degree = new Map<string, number>();
    for await (const batch of store.scanLinks(2000)) {
      for (const l of batch) {
        degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
        degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
      }
    }
    const sorted = [...degree.values()].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const max = sorted.at(-1) ?? 0;
    expect(max).toBeGreaterThan(20 * median);
    await store.close();
  });

  it('refuses a size out of range', async () => {
    const store = await createCaseFile(join(dir, 'empty.plexus'), { actor: 'tester', schema });
    await expect(generateDemoCase(store, { size: 0 })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(generateDemoCase(store, { size: 1_000_001 })).rejects.toThrow(/size: must be/);
    expect((await store.counts()).entityCount).toBe(0);
    await store.close();
  });
});

describe('generateDemoCase, starting chart', () => {
  it('saves one chart of the main story, every node placed and every link between them', async () => {
    const { store } = await demoCase({ size: 150 });
    const [summary, ...others] = await store.charts.list();
    expect(others).toEqual([]);
    expect(summary?.name).toBe(STARTING_CHART_NAME);
    const chart = await store.charts.get(summary!.id);
    const ids = new Set(chart.entities.map((n) => n.id));
    expect(ids.size).toBeGreaterThanOrEqual(10);
    const entities = await store.getEntities([...ids]);
    expect(entities.map((e) => e.label)).toEqual(expect.arrayContaining(['Lanxin Maritime Consulting Ltd.']));
    const { links } = await all(store);
    const among = links.filter((l) => ids.has(l.source) && ids.has(l.target)).map((l) => l.id);
    expect([...chart.links].sort()).toEqual(among.sort());
    expect(chart.annotations[0]?.attachedTo).not.toBeNull();
    await store.close();
  });

  it('writes no chart when the case is smaller than the story', async () => {
    const { store } = await demoCase({ size: 5 });
    expect(await store.charts.list()).toEqual([]);
    await store.close();
  });
});
