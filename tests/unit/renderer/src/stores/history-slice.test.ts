import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installApi } from '../../../../../renderer/src/bridge';
import { useAppStore, resetAppStore } from '../../../../../renderer/src/stores/app-store';
import {
  createEntityCommand,
  createLinkCommand,
  deleteItemsCommand,
  updateEntityCommand,
} from '../../../../../renderer/src/stores/commands';
import { fakeBackend, type FakeBackend } from '../fake-api';

let backend: FakeBackend;
let restore: () => void;
const store = () => useAppStore.getState();

beforeEach(() => {
  resetAppStore();
  backend = fakeBackend();
  restore = installApi(backend.api);
});
afterEach(() => restore());

describe('history of edits', () => {
  it('creates an entity on the chart and selects it; undo deletes it, redo restores the same record', async () => {
    await store().execute(createEntityCommand({ type: 'Person', label: 'Wang Wei' }));
    const [id] = Object.keys(store().chart.entities);
    expect(id).toBeDefined();
    const created = backend.entities.get(id!);
    expect(store().selection).toEqual({ entities: [id], links: [] });
    expect(store().undoStack.map((c) => c.label)).toEqual(['Create Person “Wang Wei”']);

    await store().undo();
    expect(backend.entities.size).toBe(0);
    expect(store().chart.entities).toEqual({});
    expect(store().redoStack).toHaveLength(1);

    await store().redo();
    expect(backend.entities.get(id!)).toBe(created);
    expect(store().chart.entities[id!]).toBe(created);
    expect(store().redoStack).toHaveLength(0);
  });

  it('undoes an update by patching back the fields it changed', async () => {
    await store().execute(createEntityCommand({ type: 'Person', label: 'Before' }));
    const before = Object.values(store().chart.entities)[0]!;
    await store().execute(updateEntityCommand(before, { label: 'After', notes: 'seen in 2019' }));
    expect(store().chart.entities[before.id]?.label).toBe('After');

    await store().undo();
    expect(backend.entities.get(before.id)).toMatchObject({ label: 'Before', notes: '' });
    expect(store().chart.entities[before.id]?.label).toBe('Before');

    await store().redo();
    expect(store().chart.entities[before.id]).toMatchObject({ label: 'After', notes: 'seen in 2019' });
  });

  it('undoes a delete by restoring the entity with its links, back on the chart', async () => {
    await store().execute(createEntityCommand({ type: 'Person', label: 'A' }));
    await store().execute(createEntityCommand({ type: 'Person', label: 'B' }));
    const [a, b] = Object.values(store().chart.entities);
    await store().execute(
      createLinkCommand({ type: 'ASSOCIATE_OF', source: a!.id, target: b!.id }, [a!, b!]),
    );
    expect(Object.keys(store().chart.links)).toHaveLength(1);

    await store().execute(deleteItemsCommand({ entities: [a!.id], links: [] }, '“A”'));
    expect(backend.entities.has(a!.id)).toBe(false);
    expect(backend.links.size).toBe(0);
    expect(Object.keys(store().chart.entities)).toEqual([b!.id]);
    expect(store().chart.links).toEqual({});

    await store().undo();
    expect(backend.entities.has(a!.id)).toBe(true);
    expect(backend.links.size).toBe(1);
    expect(Object.keys(store().chart.entities).sort()).toEqual([a!.id, b!.id].sort());
    expect(Object.keys(store().chart.links)).toHaveLength(1);
  });

  it('undoes a delete of an entity and a separate link with the citations both deletes answered', async () => {
    for (const label of ['A', 'B', 'C'])
      await store().execute(createEntityCommand({ type: 'Person', label }));
    const [a, b, c] = Object.values(store().chart.entities);
    await store().execute(
      createLinkCommand({ type: 'ASSOCIATE_OF', source: b!.id, target: c!.id }, [b!, c!]),
    );
    const [bc] = Object.values(store().chart.links);
    const citation = (itemKind: 'entity' | 'link', itemId: string) => ({
      id: `cite-${itemId}`,
      sourceId: 'source-1',
      itemKind,
      itemId,
      field: null,
      reliability: 'B' as const,
      credibility: '2' as const,
      note: '',
      createdAt: 't',
      createdBy: 'u',
      updatedAt: 't',
      updatedBy: 'u',
    });
    // The stores answer a delete with the evidence it took (contract-tested on both stores).
    const { deleteEntities, deleteLinks, restoreItems } = backend.api;
    backend.api.deleteEntities = async (request) => ({
      ...(await deleteEntities(request)),
      evidence: { citations: [citation('entity', a!.id)], gradeSet: [] },
    });
    backend.api.deleteLinks = async (request) => ({
      ...(await deleteLinks(request)),
      evidence: { citations: [citation('link', bc!.id)], gradeSet: [{ itemKind: 'link', itemId: bc!.id }] },
    });
    const restored: Parameters<typeof restoreItems>[0][] = [];
    backend.api.restoreItems = async (items) => {
      restored.push(items);
      return restoreItems(items);
    };

    await store().execute(deleteItemsCommand({ entities: [a!.id], links: [bc!.id] }, '2 items'));
    await store().undo();

    expect(restored).toHaveLength(1);
    expect(restored[0]?.evidence).toEqual({
      citations: [citation('entity', a!.id), citation('link', bc!.id)],
      gradeSet: [{ itemKind: 'link', itemId: bc!.id }],
    });
    expect(Object.keys(store().chart.entities).sort()).toEqual([a!.id, b!.id, c!.id].sort());
    expect(Object.keys(store().chart.links)).toEqual([bc!.id]);
  });

  it('leaves the history untouched and rethrows when an edit fails', async () => {
    await expect(store().execute(createEntityCommand({ type: 'Person', label: ' ' }))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(store().undoStack).toHaveLength(0);
    expect(store().historyBusy).toBe(false);
  });

  it('a new edit clears what could be redone', async () => {
    await store().execute(createEntityCommand({ type: 'Person', label: 'A' }));
    await store().undo();
    expect(store().redoStack).toHaveLength(1);
    await store().execute(createEntityCommand({ type: 'Person', label: 'B' }));
    expect(store().redoStack).toHaveLength(0);
  });

  it('reports a failed undo and drops the command', async () => {
    await store().execute(createEntityCommand({ type: 'Person', label: 'A' }));
    backend.entities.clear();
    backend.api.deleteEntities = () => Promise.reject(new Error('disk gone'));
    await store().undo();
    expect(store().undoStack).toHaveLength(0);
    expect(store().redoStack).toHaveLength(0);
    expect(store().toasts[0]?.message).toContain('disk gone');
  });
});
