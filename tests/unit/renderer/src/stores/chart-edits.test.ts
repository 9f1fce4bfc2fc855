import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installApi } from '../../../../../renderer/src/bridge';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';
import {
  createEntityCommand,
  createLinkCommand,
  removeFromChartCommand,
  updateItemsCommand,
} from '../../../../../renderer/src/stores/commands';
import { PlexusError, type Entity } from '../../../../../graph-schema/model';
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

async function threeLinked(): Promise<Entity[]> {
  for (const label of ['A', 'B', 'C']) await store().execute(createEntityCommand({ type: 'Person', label }));
  const [a, b, c] = Object.values(store().chart.entities) as [Entity, Entity, Entity];
  await store().execute(createLinkCommand({ type: 'ASSOCIATE_OF', source: a.id, target: b.id }, [a, b]));
  await store().execute(createLinkCommand({ type: 'ASSOCIATE_OF', source: b.id, target: c.id }, [b, c]));
  return [a, b, c];
}

describe('Delete from the chart', () => {
  it('takes an entity and its links off the chart, leaves the case untouched, marks the chart unsaved', async () => {
    const [, b] = await threeLinked();
    useAppStore.setState({ viewDirty: false });
    const calls = backend.calls.length;

    await store().execute(removeFromChartCommand({ entities: [b!.id], links: [] }, '“B”'));

    expect(Object.keys(store().chart.entities)).toHaveLength(2);
    expect(store().chart.entities[b!.id]).toBeUndefined();
    expect(store().chart.links).toEqual({});
    expect(store().viewDirty).toBe(true);
    // The case still holds all three entities and both links; nothing was deleted there.
    expect(backend.entities.size).toBe(3);
    expect(backend.links.size).toBe(2);
    expect(backend.calls.slice(calls).filter((c) => c.startsWith('delete'))).toEqual([]);
    expect(store().undoStack.at(-1)?.label).toBe('Delete “B” from the chart');
  });

  it('undo puts the entity and its links back on the chart', async () => {
    const [, b] = await threeLinked();
    await store().execute(removeFromChartCommand({ entities: [b!.id], links: [] }, '“B”'));
    await store().undo();
    expect(Object.keys(store().chart.entities)).toHaveLength(3);
    expect(Object.keys(store().chart.links)).toHaveLength(2);
    await store().redo();
    expect(Object.keys(store().chart.links)).toHaveLength(0);
  });

  it('takes a link alone off the chart, its ends stay', async () => {
    await threeLinked();
    const [first] = Object.keys(store().chart.links);
    await store().execute(removeFromChartCommand({ entities: [], links: [first!] }, 'link'));
    expect(Object.keys(store().chart.entities)).toHaveLength(3);
    expect(Object.keys(store().chart.links)).toHaveLength(1);
    expect(backend.links.size).toBe(2);
  });
});

describe('Editing many items at once', () => {
  it('writes every item and is one undo step that restores them all', async () => {
    const [a, b, c] = await threeLinked();
    await store().execute(updateEntityCommandFor([a!, b!], { confidence: 'confirmed' }));
    const steps = store().undoStack.length;
    const before = [a!, b!, c!].map((e) => backend.entities.get(e.id)!);

    await store().execute(
      updateItemsCommand(
        before.map((e) => ({
          kind: 'entity' as const,
          before: e,
          patch: { confidence: 'doubtful', reliability: 'B' },
        })),
        '3 items',
      ),
    );
    expect(store().undoStack).toHaveLength(steps + 1);
    expect(store().undoStack.at(-1)?.label).toBe('Edit 3 items');
    for (const e of before) {
      expect(backend.entities.get(e.id)).toMatchObject({ confidence: 'doubtful', reliability: 'B' });
      expect(store().chart.entities[e.id]).toMatchObject({ confidence: 'doubtful' });
    }

    await store().undo();
    expect(backend.entities.get(a!.id)).toMatchObject({ confidence: 'confirmed', reliability: 'F' });
    expect(backend.entities.get(b!.id)).toMatchObject({ confidence: 'confirmed', reliability: 'F' });
    expect(backend.entities.get(c!.id)).toMatchObject({ confidence: 'probable', reliability: 'F' });
    expect(store().chart.entities[c!.id]).toMatchObject({ confidence: 'probable' });
    expect(store().undoStack).toHaveLength(steps);

    await store().redo();
    for (const e of before) expect(backend.entities.get(e.id)).toMatchObject({ confidence: 'doubtful' });
  });

  it('edits links too', async () => {
    await threeLinked();
    const links = Object.values(store().chart.links);
    await store().execute(
      updateItemsCommand(
        links.map((l) => ({ kind: 'link' as const, before: l, patch: { classification: 'SECRET' } })),
        '2 items',
      ),
    );
    for (const l of links) expect(backend.links.get(l.id)).toMatchObject({ classification: 'SECRET' });
    await store().undo();
    for (const l of links) expect(backend.links.get(l.id)).toMatchObject({ classification: 'UNCLASSIFIED' });
  });

  it('a failure part way puts back the items already changed and records nothing', async () => {
    const [a, b, c] = await threeLinked();
    const steps = store().undoStack.length;
    const update = backend.api.updateEntity;
    backend.api.updateEntity = async (request) => {
      if (request.id === c!.id) throw new PlexusError('VALIDATION', 'confidence: not allowed here');
      return update(request);
    };
    const change = (e: Entity) => ({
      kind: 'entity' as const,
      before: e,
      patch: { confidence: 'possible' as const },
    });
    await expect(store().execute(updateItemsCommand([a!, b!, c!].map(change), '3 items'))).rejects.toThrow(
      'not allowed',
    );
    expect(backend.entities.get(a!.id)?.confidence).toBe('probable');
    expect(backend.entities.get(b!.id)?.confidence).toBe('probable');
    expect(store().undoStack).toHaveLength(steps);
  });
});

/** A separate earlier edit, so the test can tell one step from two. */
function updateEntityCommandFor(entities: Entity[], patch: { confidence: 'confirmed' }) {
  return updateItemsCommand(
    entities.map((e) => ({ kind: 'entity' as const, before: e, patch })),
    `${entities.length} items`,
  );
}
