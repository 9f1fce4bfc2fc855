import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlexusError, type SearchResult } from '../../../../../graph-schema/model';
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

  it('a search failing keystroke after keystroke keeps one toast, in words, with the latest reason', async () => {
    let reason = 'the full-text index is rebuilding';
    backend.api.search = () => Promise.reject(new PlexusError('INTERNAL', reason));
    for (const text of ['w', 'wa', 'wan']) {
      store().setSearchText(text);
      await store().runSearch();
    }
    reason = 'the full-text index is missing';
    store().setSearchText('wang');
    await store().runSearch();
    expect(store().toasts.map((t) => [t.message, t.intent])).toEqual([
      ['Search failed: the full-text index is missing', 'danger'],
    ]);
    // The box knows it failed (it turns red) but holds no second copy of the words to show.
    expect(store().searchError?.code).toBe('INTERNAL');
    expect(store().searchHits).toEqual([]);
  });

  it('a server that stopped answering is said once, in its own words, whichever action meets it', async () => {
    const gone = new PlexusError(
      'CONNECTION',
      'The Neo4j server at graph.internal:7687 stopped answering (connection refused).',
    );
    backend.api.search = () => Promise.reject(gone);
    const type = async (text: string) => {
      store().setSearchText(text);
      await store().runSearch();
    };
    await type('w');
    await type('wa');
    expect(store().toasts.map((t) => t.message)).toEqual([gone.message]);
    store().reportFailure('Expand', gone);
    await type('wan');
    expect(store().toasts.map((t) => t.message)).toEqual([gone.message]);
  });

  it('a search that works again takes its failure toast away and leaves other toasts', async () => {
    const working = backend.api.search;
    backend.api.search = () => Promise.reject(new Error('no case'));
    store().notify('Saved', 'success');
    store().setSearchText('wang');
    await store().runSearch();
    expect(store().toasts.map((t) => t.message)).toEqual(['Saved', 'Search failed: no case']);
    backend.api.search = working;
    await store().runSearch();
    expect(store().toasts.map((t) => t.message)).toEqual(['Saved']);
    expect(store().searchError).toBeNull();
    expect(store().searchHits.map((h) => h.entity.label)).toEqual(['Wang Wei']);
  });

  it('a failure for text since replaced says nothing', async () => {
    let fail: (error: Error) => void = () => undefined;
    backend.api.search = () => new Promise<SearchResult>((_, reject) => (fail = reject));
    store().setSearchText('wang');
    const pending = store().runSearch();
    store().setSearchText('li');
    fail(new Error('no case'));
    await pending;
    expect(store().toasts).toEqual([]);
    expect(store().searchError).toBeNull();
  });
});
