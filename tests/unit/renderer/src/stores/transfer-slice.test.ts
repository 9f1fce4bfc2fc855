import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublishConflict, PublishRequest, PublishResult } from '../../../../../graph-schema/contract';
import { installApi } from '../../../../../renderer/src/bridge';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';
import { defaultResolutions, resolutionsFor } from '../../../../../renderer/src/stores/transfer-slice';
import { entity, fakeBackend, link, type FakeBackend } from '../fake-api';

const store = () => useAppStore.getState();
let restore: () => void = () => undefined;

const conflict = (id: string): PublishConflict => ({
  kind: 'entity',
  id,
  label: id,
  fields: ['label'],
  local: { updatedAt: '2024-02-01T10:00:00Z', updatedBy: 'field' },
  server: { updatedAt: '2024-02-02T10:00:00Z', updatedBy: 'desk' },
});

beforeEach(() => resetAppStore());
afterEach(() => restore());

describe('publish resolutions', () => {
  it('keeps the server by default, for every conflict', () => {
    expect(defaultResolutions([conflict('a'), conflict('b')])).toEqual({ a: 'server', b: 'server' });
  });

  it('sends a choice only for conflicts the dry run listed, "server" where none was made', () => {
    expect(resolutionsFor([conflict('a'), conflict('b')], { a: 'local', stale: 'local' })).toEqual({
      a: 'local',
      b: 'server',
    });
  });
});

describe('publish', () => {
  let backend: FakeBackend;
  let sent: PublishRequest[];

  beforeEach(() => {
    sent = [];
    backend = fakeBackend({
      publishCase: async (request): Promise<PublishResult> => {
        sent.push(request);
        if (!request.dryRun) {
          // The server side of the merge: one label changes, one entity goes, one appears.
          backend.entities.set('a', { ...entity('a', 'A (field)'), updatedAt: '2024-03-01T00:00:00Z' });
          backend.entities.delete('c');
        }
        return { created: 1, updated: 1, unchanged: 0, conflicts: [], dryRun: request.dryRun ?? false };
      },
    });
    restore = installApi(backend.api);
    for (const e of [entity('a', 'A'), entity('b', 'B'), entity('c', 'C')]) backend.entities.set(e.id, e);
    backend.links.set('l1', link('l1', 'a', 'b'));
    store().putOnChart({ entities: [...backend.entities.values()], links: [...backend.links.values()] });
    useAppStore.setState({ caseInfo: null });
  });

  it('a dry run writes nothing and leaves the chart alone', async () => {
    const result = await store().dryRunPublish('/cases/field.plexus');
    expect(result.dryRun).toBe(true);
    expect(sent).toEqual([{ path: '/cases/field.plexus', dryRun: true }]);
    expect(store().chart.entities.a?.label).toBe('A');
    expect(backend.calls).not.toContain('getEntities');
  });

  it('publishing sends the resolutions and re-reads what is on the chart', async () => {
    await store().publish('/cases/field.plexus', { a: 'local' });
    expect(sent).toEqual([{ path: '/cases/field.plexus', dryRun: false, resolutions: { a: 'local' } }]);
    expect(store().chart.entities.a?.label).toBe('A (field)');
    expect(store().chart.entities.c).toBeUndefined();
    expect(Object.keys(store().chart.links)).toEqual(['l1']);
  });
});
