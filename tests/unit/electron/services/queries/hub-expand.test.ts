import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  expandChosen,
  expandUnlessHub,
  summarizeExpand,
} from '../../../../../electron/services/queries/hub-expand';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../electron/services/store/sqlite';
import { ChosenExpandRequest, ExpandUnlessHubRequest } from '../../../../../graph-schema/model/hubs';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';

let dir: string;
let store: GraphStore;
let hub: string;
/** Employees by name, each with a start year; the first three also know each other (more links). */
let people: Record<string, string>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-hubs-'));
  store = await createCaseFile(join(dir, 'hub.plexus'), {
    actor: 'tester',
    schema: new SchemaIndex(loadSchema()),
  });
  const [company] = await store.createEntities([{ type: 'Company', label: 'Kaiyo Trading' }]);
  hub = company!.id;
  const staff = await store.createEntities(
    Array.from({ length: 150 }, (_, i) => ({ type: 'Person', label: `Employee ${i}` })),
  );
  const [office] = await store.createEntities([{ type: 'Location', label: 'Osaka office' }]);
  people = Object.fromEntries(staff.map((p) => [p.label, p.id]));
  await store.createLinks([
    ...staff.map((p, i) => ({
      type: 'EMPLOYED_BY',
      source: p.id,
      target: hub,
      validFrom: String(2000 + (i % 20)),
      validTo: String(2001 + (i % 20)),
    })),
    { type: 'LOCATED_AT', source: hub, target: office!.id },
    { type: 'ASSOCIATE_OF', source: people['Employee 7']!, target: people['Employee 8']! },
    { type: 'ASSOCIATE_OF', source: people['Employee 7']!, target: people['Employee 9']! },
  ]);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const request = (fields: object) => ChosenExpandRequest.parse({ ids: [hub], ...fields });

describe('summarizeExpand', () => {
  it('counts what a hub would add by entity type, link type and time, without adding it', async () => {
    const summary = await summarizeExpand(store, request({}));
    expect(summary).toMatchObject({
      reached: 151,
      capped: false,
      byEntityType: [
        { type: 'Person', count: 150 },
        { type: 'Location', count: 1 },
      ],
      byLinkType: [
        { type: 'EMPLOYED_BY', count: 150 },
        { type: 'LOCATED_AT', count: 1 },
      ],
      earliest: '2000-01-01',
      latest: '2020-12-31',
      undatedLinks: 1,
    });
  });
});

describe('expandChosen', () => {
  it('adds only the links in force in the window, what they reach, and undated links', async () => {
    const result = await expandChosen(store, request({ window: { from: '2005', to: '2005' }, limit: 500 }));
    const labels = result.entities.map((e) => e.label).sort();
    // Started 2004 (ended 2005) or 2005 (ended 2006): i % 20 is 4 or 5.
    const inForce = Array.from({ length: 150 }, (_, i) => i).filter((i) => i % 20 === 4 || i % 20 === 5);
    expect(labels).toEqual([...inForce.map((i) => `Employee ${i}`), 'Osaka office'].sort());
    const kept = new Set([hub, ...result.entities.map((e) => e.id)]);
    expect(result.links.every((l) => kept.has(l.source) && kept.has(l.target))).toBe(true);
    expect(result.omitted).toBe(151 - labels.length);
  });

  it('ranks by links in the whole case when asked for the most linked, and keeps to the limit', async () => {
    const top = await expandChosen(store, request({ rank: 'degree', limit: 3 }));
    expect(top.entities.map((e) => e.label)).toEqual(['Employee 7', 'Employee 8', 'Employee 9']);
    expect(top.links).toHaveLength(3);
    expect(top.omitted).toBe(148);
  });

  it('is the store’s own expand when nothing is chosen', async () => {
    const plain = await expandChosen(store, request({ limit: 10 }));
    expect(plain).toEqual(await store.expand({ ids: [hub], limit: 10 }));
  });
});

describe('expandUnlessHub', () => {
  /** The store with its reads counted: each expand is one round to the store. */
  function counted(): { store: GraphStore; rounds: () => number } {
    let rounds = 0;
    const wrapped = new Proxy(store, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (key === 'expand' || key === 'degrees') rounds += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    return { store: wrapped, rounds: () => rounds };
  }
  const unlessHub = (fields: object) => ExpandUnlessHubRequest.parse({ hubThreshold: 100, ...fields });

  it('expands an entity under the threshold in one store round, as the plain expand does', async () => {
    const { store: reads, rounds } = counted();
    const seed = people['Employee 7']!;
    const answer = await expandUnlessHub(reads, unlessHub({ ids: [seed] }));
    expect(rounds()).toBe(1);
    expect(answer).toEqual({ kind: 'expanded', result: await expandChosen(store, request({ ids: [seed] })) });
    if (answer.kind !== 'expanded') return;
    expect(answer.result.entities.map((e) => e.label).sort()).toEqual([
      'Employee 8',
      'Employee 9',
      'Kaiyo Trading',
    ]);
  });

  it('gives a hub’s summary instead, adding nothing, and only then reads it in full', async () => {
    const { store: reads, rounds } = counted();
    const answer = await expandUnlessHub(reads, unlessHub({ ids: [hub] }));
    expect(answer).toEqual({ kind: 'hub', summary: await summarizeExpand(store, request({})) });
    expect(rounds()).toBe(2);
  });

  it('reaching exactly the threshold is no hub', async () => {
    const { store: reads, rounds } = counted();
    const answer = await expandUnlessHub(reads, unlessHub({ ids: [hub], hubThreshold: 151 }));
    expect(answer.kind).toBe('expanded');
    if (answer.kind === 'expanded') expect(answer.result.entities).toHaveLength(151);
    expect(rounds()).toBe(1);
  });

  it('keeps to the request’s limit when the threshold is higher, nearest first', async () => {
    const answer = await expandUnlessHub(store, unlessHub({ ids: [hub], hubThreshold: 1000, limit: 20 }));
    expect(answer).toEqual({ kind: 'expanded', result: await expandChosen(store, request({ limit: 20 })) });
  });

  it('with a time window, asks first and then expands as chosen', async () => {
    const window = { from: '2005', to: '2006' };
    const answer = await expandUnlessHub(store, unlessHub({ ids: [hub], window, hubThreshold: 200 }));
    expect(answer).toEqual({ kind: 'expanded', result: await expandChosen(store, request({ window })) });
  });
});
