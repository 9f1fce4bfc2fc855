import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../../../graph-schema/model';
import { installApi } from '../../../../../renderer/src/bridge';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';
import { entity, fakeBackend, type FakeBackend } from '../fake-api';

let backend: FakeBackend;
let restore: () => void;
const store = () => useAppStore.getState();

beforeEach(() => {
  resetAppStore();
  backend = fakeBackend();
  backend.entities.set('a', entity('a', 'Wang Wei'));
  backend.entities.set('b', entity('b', 'Li Na'));
  restore = installApi(backend.api);
});
afterEach(() => restore());

describe('search slice', () => {
  it('stores the hits for the current text', async () => {
    store().setSearchText('wang');
    await store().runSearch();
    expect(store().searchHits.map((h) => h.entity.label)).toEqual(['Wang Wei']);
    expect(store().searchLoading).toBe(false);
  });

  it('does not call the store for blank text and clears old hits', async () => {
    store().setSearchText('wang');
    await store().runSearch();
    store().setSearchText('   ');
    await store().runSearch();
    expect(store().searchHits).toEqual([]);
    expect(backend.calls.filter((c) => c.startsWith('search:'))).toEqual(['search:wang']);
  });

  it('drops an answer that arrives after the text changed', async () => {
    let release: (value: SearchResult) => void = () => undefined;
    backend.api.search = () => new Promise<SearchResult>((resolve) => (release = resolve));
    store().setSearchText('wang');
    const pending = store().runSearch();
    store().setSearchText('li');
    release({ hits: [{ entity: entity('a', 'Wang Wei'), score: 1 }] });
    await pending;
    expect(store().searchHits).toEqual([]);
    expect(store().searchLoading).toBe(true);
  });

  it('keeps the error of a failed search for the box to show', async () => {
    backend.api.search = () => Promise.reject(new Error('no case'));
    store().setSearchText('wang');
    await store().runSearch();
    expect(store().searchError?.message).toBe('no case');
  });
});
