import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartBodyInput, SavedChart } from '../../../../../graph-schema/chart';
import type { CaseInfo } from '../../../../../graph-schema/contract';
import { PlexusError } from '../../../../../graph-schema/model';
import { CaseMarking } from '../../../../../graph-schema/model/marking-schemes';
import { installApi } from '../../../../../renderer/src/bridge';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';
import { fakeBackend } from '../fake-api';
import { memoryStorage } from '../memory-storage';

const store = () => useAppStore.getState();
let restore: () => void = () => undefined;
let saved: Map<string, SavedChart>;
let marking: CaseMarking;

const info: CaseInfo = {
  name: 'Tern',
  store: { kind: 'case-file', location: '/tmp/tern.plexus', readOnly: false },
  schemaVersion: 3,
  entityCount: 0,
  linkCount: 0,
  entityCounts: {},
  linkCounts: {},
};

function stored(id: string, body: ChartBodyInput, version: number): SavedChart {
  const chart: SavedChart = {
    hidden: { entities: [], links: [] },
    style: {} as SavedChart['style'],
    groups: [],
    annotations: [],
    viewport: null,
    ...body,
    entities: body.entities.map((e) => ({ ...e, pinned: e.pinned ?? false })),
    id,
    version,
    createdAt: 't',
    createdBy: 'a',
    updatedAt: 't',
    updatedBy: 'a',
  } as SavedChart;
  saved.set(id, chart);
  return chart;
}

/** A backend holding charts in memory, with the store's version rule. */
function chartBackend() {
  let next = 1;
  return fakeBackend({
    openCase: async () => info,
    listCharts: async () =>
      [...saved.values()]
        .map((c) => ({
          id: c.id,
          name: c.name,
          version: c.version,
          entities: c.entities.length,
          links: c.links.length,
          updatedAt: c.updatedAt,
          updatedBy: c.updatedBy,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    getChart: async ({ id }) => {
      const chart = saved.get(id);
      if (!chart) throw new PlexusError('NOT_FOUND', `no chart with id ${id}`);
      return chart;
    },
    createChart: async ({ chart }) => stored(`c${next++}`, chart, 1),
    saveChart: async ({ id, chart, version }) => {
      const current = saved.get(id);
      if (current?.version !== version) throw new PlexusError('CONFLICT', 'stale');
      return stored(id, chart, version + 1);
    },
    renameChart: async ({ id, name }) => {
      const current = saved.get(id);
      if (!current) throw new PlexusError('NOT_FOUND', id);
      return stored(id, { ...current, name }, current.version + 1);
    },
    duplicateChart: async ({ id, name }) => {
      const current = saved.get(id);
      if (!current) throw new PlexusError('NOT_FOUND', id);
      return stored(`c${next++}`, { ...current, name }, 1);
    },
    deleteChart: async ({ id }) => {
      saved.delete(id);
      return { deleted: true };
    },
    getCaseMarking: async () => ({ marking }),
    setCaseMarking: async (request) => {
      marking = CaseMarking.parse(request.marking);
      return { marking };
    },
  });
}

beforeEach(() => {
  resetAppStore();
  saved = new Map();
  marking = CaseMarking.parse({});
});
afterEach(() => restore());

const body = (name: string): ChartBodyInput => ({ name, entities: [{ id: 'e1', x: 1, y: 2 }], links: [] });

describe('charts slice', () => {
  it('loads the list and the marking when a case opens', async () => {
    restore = installApi(chartBackend().api);
    stored('old', body('Earlier'), 4);
    marking = CaseMarking.parse({ level: 'SECRET' });
    expect(await store().openCase('/tmp/tern.plexus')).toBe(true);
    await vi.waitFor(() => expect(store().charts.map((c) => c.name)).toEqual(['Earlier']));
    expect(store().caseMarking).toEqual({ scheme: 'en-default', level: 'SECRET', caveats: [] });
  });

  it('keeps the list current after each write', async () => {
    restore = installApi(chartBackend().api);
    const first = await store().createChart(body('Zulu'));
    expect(store().charts.map((c) => [c.name, c.version])).toEqual([['Zulu', 1]]);

    const second = await store().saveChart(first.id, body('Zulu'), 1);
    expect(second.version).toBe(2);
    await expect(store().saveChart(first.id, body('Zulu'), 1)).rejects.toMatchObject({ code: 'CONFLICT' });

    await store().renameChart(first.id, 'Alpha');
    const copy = await store().duplicateChart(first.id, 'Beta');
    expect(store().charts.map((c) => [c.name, c.version])).toEqual([
      ['Alpha', 3],
      ['Beta', 1],
    ]);
    expect((await store().loadChart(copy.id)).name).toBe('Beta');

    await store().deleteChart(first.id);
    expect(store().charts.map((c) => c.id)).toEqual([copy.id]);
  });

  it('sets the case marking, and clears the list and marking when the case closes', async () => {
    restore = installApi(
      fakeBackend({ ...chartBackend().api, closeCase: async () => ({ closed: true }) }).api,
    );
    await store().createChart(body('One'));
    const japanese = { scheme: 'ja-police', level: 'TOP SECRET' as const, caveats: ['BUGAIHI'] };
    await store().setCaseMarking(japanese);
    expect(store().caseMarking).toEqual(japanese);
    await store()
      .closeCase()
      .catch(() => undefined);
    expect(store().charts).toEqual([]);
    expect(store().caseMarking).toEqual({ scheme: 'en-default', level: 'UNCLASSIFIED', caveats: [] });
  });

  it('opens a case even when the backend cannot list charts', async () => {
    restore = installApi(fakeBackend({ openCase: async () => info }).api);
    expect(await store().openCase('/tmp/tern.plexus')).toBe(true);
    expect(store().charts).toEqual([]);
  });

  it('reopens a case on the chart last open in it, else on its newest chart', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    try {
      restore = installApi(chartBackend().api);
      stored('c-old', body('Earlier'), 1);
      stored('c-new', { ...body('Later') }, 1);
      saved.set('c-new', { ...saved.get('c-new')!, updatedAt: 'u' });
      await store().openCase('/tmp/tern.plexus');
      await vi.waitFor(() => expect(store().openChart?.id).toBe('c-new'));
      expect(store().viewDirty).toBe(false);

      await store().openSavedChart('c-old');
      resetAppStore();
      await store().openCase('/tmp/tern.plexus');
      await vi.waitFor(() => expect(store().openChart?.id).toBe('c-old'));
      expect(store().placement?.positions).toEqual({ e1: { x: 1, y: 2 } });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
