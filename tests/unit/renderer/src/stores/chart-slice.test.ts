import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installApi } from '../../../../../renderer/src/bridge';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';
import { entity, fakeBackend, link, type FakeBackend } from '../fake-api';

let backend: FakeBackend;
let restore: () => void;
const store = () => useAppStore.getState();

beforeEach(() => {
  resetAppStore();
  backend = fakeBackend();
  restore = installApi(backend.api);
});
afterEach(() => restore());

describe('chart slice', () => {
  it('adds records and leaves off links whose ends are not both on the chart', () => {
    store().putOnChart({
      entities: [entity('a'), entity('b')],
      links: [link('ab', 'a', 'b'), link('ac', 'a', 'c')],
    });
    expect(Object.keys(store().chart.entities)).toEqual(['a', 'b']);
    expect(Object.keys(store().chart.links)).toEqual(['ab']);
  });

  it('replaces a changed record with the new object and keeps the others', () => {
    const b = entity('b');
    store().putOnChart({ entities: [entity('a'), b] });
    const renamed = { ...entity('a'), label: 'renamed' };
    store().putOnChart({ entities: [renamed] });
    expect(store().chart.entities.a).toBe(renamed);
    expect(store().chart.entities.b).toBe(b);
  });

  it('hiding an entity takes its links and its selection with it, not other items', () => {
    store().putOnChart({
      entities: [entity('a'), entity('b'), entity('c')],
      links: [link('ab', 'a', 'b'), link('bc', 'b', 'c')],
    });
    store().setSelection({ entities: ['a', 'c'], links: ['ab'] });
    store().takeOffChart({ entities: ['a'] });
    expect(Object.keys(store().chart.entities)).toEqual(['b', 'c']);
    expect(Object.keys(store().chart.links)).toEqual(['bc']);
    expect(store().selection).toEqual({ entities: ['c'], links: [] });
  });

  it('shows entities with their links to what is already on the chart', async () => {
    for (const e of [entity('a'), entity('b'), entity('c')]) backend.entities.set(e.id, e);
    backend.links.set('ab', link('ab', 'a', 'b'));
    backend.links.set('bc', link('bc', 'b', 'c'));
    store().putOnChart({ entities: [backend.entities.get('a')!] });
    await store().showEntities([backend.entities.get('b')!]);
    expect(Object.keys(store().chart.entities).sort()).toEqual(['a', 'b']);
    expect(Object.keys(store().chart.links)).toEqual(['ab']);
  });

  it('expands an entity with the neighbours and links the store returns', async () => {
    for (const e of [entity('a'), entity('b'), entity('c')]) backend.entities.set(e.id, e);
    backend.links.set('ab', link('ab', 'a', 'b'));
    backend.links.set('bc', link('bc', 'b', 'c'));
    store().putOnChart({ entities: [backend.entities.get('b')!] });
    const result = await store().expandEntities({ ids: ['b'] });
    expect(result.entities.map((e) => e.id).sort()).toEqual(['a', 'c']);
    expect(Object.keys(store().chart.links).sort()).toEqual(['ab', 'bc']);
  });

  it('keeps an unchanged selection object so subscribers see no change', () => {
    store().putOnChart({ entities: [entity('a')] });
    store().setSelection({ entities: ['a'], links: [] });
    const before = store().selection;
    store().setSelection({ entities: ['a'], links: [] });
    expect(store().selection).toBe(before);
  });

  it('dirties the chart when items come on or go off it, not when a record on it is refreshed', () => {
    store().putOnChart({ entities: [entity('a'), entity('b')], links: [link('ab', 'a', 'b')] });
    expect(store().viewDirty).toBe(true);
    useAppStore.setState({ viewDirty: false });
    store().putOnChart({ entities: [{ ...entity('a'), label: 'edited' }], links: [link('ab', 'a', 'b')] });
    expect(store().viewDirty).toBe(false);
    store().takeOffChart({ links: ['nothing-here'] });
    expect(store().viewDirty).toBe(false);
    store().takeOffChart({ links: ['ab'] });
    expect(store().viewDirty).toBe(true);
  });
});
