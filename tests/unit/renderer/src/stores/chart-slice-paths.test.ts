import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PathsResult } from '../../../../../graph-schema/contract/paths';
import { installApi } from '../../../../../renderer/src/bridge';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';
import { entity, fakeBackend, link } from '../fake-api';

const store = () => useAppStore.getState();
const B2 = { reliability: 'B', credibility: '2' } as const;

/** Two paths from a to d: a-b-d and a-c-d, as a store answers them. */
const twoPaths: PathsResult = {
  paths: [
    { length: 2, entityIds: ['a', 'b', 'd'], linkIds: ['ab', 'bd'], grades: [B2, B2], weakest: B2 },
    { length: 2, entityIds: ['a', 'c', 'd'], linkIds: ['ac', 'cd'], grades: [B2, B2], weakest: B2 },
  ],
  entities: ['a', 'b', 'c', 'd'].map((id) => entity(id)),
  links: [link('ab', 'a', 'b'), link('bd', 'b', 'd'), link('ac', 'a', 'c'), link('cd', 'c', 'd')],
  leftOut: 0,
  cut: null,
};

let restore: () => void;
beforeEach(() => {
  resetAppStore();
  restore = installApi(fakeBackend({ findPaths: async () => twoPaths }).api);
});
afterEach(() => restore());

describe('found paths on the chart', () => {
  it('puts the first path on the chart and the others only when asked', async () => {
    await store().findPaths({ from: 'a', to: 'd', mode: 'kShortest', k: 2 }, entity('a'), entity('d'));
    expect(Object.keys(store().chart.entities).sort()).toEqual(['a', 'b', 'd']);
    expect(store().path?.shown).toEqual([0]);
    await store().showPaths([1]);
    expect(Object.keys(store().chart.entities).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.keys(store().chart.links).sort()).toEqual(['ab', 'ac', 'bd', 'cd']);
    expect(store().path?.shown).toEqual([0, 1]);
  });

  it('a path with an item taken off the chart is no longer shown, and stays listed', async () => {
    await store().findPaths({ from: 'a', to: 'd', mode: 'kShortest', k: 2 }, entity('a'), entity('d'));
    await store().showPaths([1]);
    store().takeOffChart({ entities: ['b'] });
    expect(store().path?.shown).toEqual([1]);
    expect(store().path?.result.paths).toHaveLength(2);
  });

  it('asks before more new entities than the hub threshold go on at once, and adds nothing when declined', async () => {
    await store().findPaths({ from: 'a', to: 'd', mode: 'kShortest', k: 2 }, entity('a'), entity('d'));
    store().takeOffChart({ entities: ['a', 'b', 'd'] });
    store().setHubThreshold(2);

    // Three new entities (a, b, d) against a threshold of 2: the chart waits for the answer.
    const declined = store().showPaths([0]);
    const asked = store().dialog;
    expect(asked).toMatchObject({ kind: 'manyToAdd', entities: 3, links: 2 });
    expect(store().chart.entities).toEqual({});
    if (asked?.kind !== 'manyToAdd') throw new Error('not asked');
    asked.answer(false);
    await declined;
    expect(store().chart.entities).toEqual({});
    expect(store().path?.shown).toEqual([]);

    const accepted = store().showPaths([0, 1]);
    const again = store().dialog;
    if (again?.kind !== 'manyToAdd') throw new Error('not asked');
    expect(again.entities).toBe(4);
    again.answer(true);
    await accepted;
    expect(Object.keys(store().chart.entities).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(store().path?.shown).toEqual([0, 1]);
  });

  it('puts the path Find path was asked for on without asking; Add asks only above the threshold', async () => {
    store().setHubThreshold(1);
    await store().findPaths({ from: 'a', to: 'd', mode: 'kShortest', k: 2 }, entity('a'), entity('d'));
    expect(Object.keys(store().chart.entities).sort()).toEqual(['a', 'b', 'd']);
    expect(store().dialog).toBeNull();
    // a, b and d are on the chart: the second path brings one new entity (c), within the threshold.
    await store().showPaths([1]);
    expect(store().dialog).toBeNull();
    expect(Object.keys(store().chart.entities).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
