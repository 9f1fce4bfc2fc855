import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChartBodyInput, SavedChart } from '../../../../../graph-schema/chart';
import { ChartBody } from '../../../../../graph-schema/chart';
import { installApi } from '../../../../../renderer/src/bridge';
import { i18n } from '../../../../../renderer/src/i18n';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';
import { attachChart } from '../../../../../renderer/src/chart/mounted';
import type { ChartAdapter } from '../../../../../renderer/src/chart/types';
import { visibleContent } from '../../../../../renderer/src/stores/view-slice';
import { entity, fakeBackend, link, type FakeBackend } from '../fake-api';

const store = () => useAppStore.getState();
let restore: () => void = () => undefined;
let backend: FakeBackend;
let saved: Map<string, SavedChart>;

function chartBackend(): FakeBackend {
  const keep = (id: string, body: ChartBodyInput, version: number) => {
    const chart = {
      ...ChartBody.parse(body),
      id,
      version,
      createdAt: 't',
      createdBy: 'a',
      updatedAt: 't',
      updatedBy: 'a',
    };
    saved.set(id, chart);
    return chart;
  };
  return fakeBackend({
    listCharts: async () => [],
    createChart: async ({ chart }) => keep(`c${saved.size + 1}`, chart, 1),
    saveChart: async ({ id, chart, version }) => keep(id, chart, version + 1),
    getChart: async ({ id }) => saved.get(id)!,
  });
}

beforeEach(() => {
  resetAppStore();
  saved = new Map();
  backend = chartBackend();
  restore = installApi(backend.api);
  for (const e of [entity('a', 'Ann'), entity('b', 'Bo'), entity('c', 'Cy')]) backend.entities.set(e.id, e);
  for (const l of [link('ab', 'a', 'b'), link('bc', 'b', 'c')]) backend.links.set(l.id, l);
  store().putOnChart({ entities: [...backend.entities.values()], links: [...backend.links.values()] });
});
afterEach(async () => {
  restore();
  attachChart(null);
  await i18n.changeLanguage('en');
});

describe('view slice', () => {
  it('groups the selection, collapses and ungroups, each one undo step', async () => {
    store().setSelection({ entities: ['a', 'b'], links: [] });
    await store().groupSelection('Cell');
    expect(store().view.groups).toMatchObject([{ title: 'Cell', members: ['a', 'b'], collapsed: false }]);
    const id = store().view.groups[0]!.id;
    await store().setGroupCollapsed(id, true);
    expect(store().view.groups[0]?.collapsed).toBe(true);
    await store().undo();
    expect(store().view.groups[0]?.collapsed).toBe(false);
    await store().ungroup(id);
    expect(store().view.groups).toEqual([]);
    await store().undo();
    await store().undo();
    expect(store().view.groups).toEqual([]);
    await store().redo();
    expect(store().view.groups[0]?.title).toBe('Cell');
  });

  it('takes grouped entities out of their old group', async () => {
    store().setSelection({ entities: ['a', 'b'], links: [] });
    await store().groupSelection('One');
    store().setSelection({ entities: ['b', 'c'], links: [] });
    await store().groupSelection('Two');
    expect(store().view.groups.map((g) => [g.title, g.members])).toEqual([
      ['One', ['a']],
      ['Two', ['b', 'c']],
    ]);
  });

  it('hides items until they are shown again or put on the chart again', async () => {
    await store().hideOnChart({ entities: ['b'], links: [] });
    expect(visibleContent(store()).entities.map((e) => e.id)).toEqual(['a', 'c']);
    // A hidden entity's links are out of sight with it.
    expect(visibleContent(store()).links).toEqual([]);
    await store().showEntities([backend.entities.get('b')!]);
    expect(store().view.hidden.entities).toEqual([]);
    await store().hideOnChart({ entities: ['a'], links: ['bc'] });
    await store().showHidden();
    expect(store().view.hidden).toEqual({ entities: [], links: [] });
  });

  it('saves the chart with the live layout and reopens it exactly', async () => {
    // Only what a save reads from the mounted chart.
    const layout: Pick<ChartAdapter, 'positions' | 'viewport'> = {
      positions: () => ({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 }, c: { x: 5, y: 6 } }),
      viewport: () => ({ zoom: 0.8, pan: { x: 10, y: 20 } }),
    };
    attachChart(layout as ChartAdapter);
    store().setSelection({ entities: ['a', 'b'], links: [] });
    await store().groupSelection('Cell');
    await store().addNote('Met in Vienna', { x: 50, y: 60 }, 'a');
    await store().setPinned(['c'], true);
    await store().hideOnChart({ entities: [], links: ['bc'] });
    const first = await store().saveView('Briefing');
    expect(store().openChart).toMatchObject({ name: 'Briefing', version: 1 });
    expect(store().viewDirty).toBe(false);
    const view = store().view;

    store().newChart();
    expect(Object.keys(store().chart.entities)).toEqual([]);
    await store().openSavedChart(first.id);
    expect(Object.keys(store().chart.entities).sort()).toEqual(['a', 'b', 'c']);
    expect(store().view).toEqual(view);
    expect(store().placement).toMatchObject({
      positions: { a: { x: 1, y: 2 }, b: { x: 3, y: 4 }, c: { x: 5, y: 6 } },
      viewport: { zoom: 0.8, pan: { x: 10, y: 20 } },
    });

    // Saving again writes over the same chart, one version up.
    await store().renameGroup(store().view.groups[0]!.id, 'Vienna cell');
    const second = await store().saveView();
    expect([second.id, second.version]).toEqual([first.id, 2]);
    expect(saved.get(first.id)?.groups[0]?.title).toBe('Vienna cell');
  });

  it('tells what a reopened chart lost, and names the undo step, in the language of the UI', async () => {
    const chart = await store().saveView('Briefing');
    backend.entities.delete('c');
    await store().openSavedChart(chart.id);
    expect(store().toasts.at(-1)?.message).toBe('2 items on “Briefing” no longer in the case');

    await i18n.changeLanguage('ja');
    await store().openSavedChart(chart.id);
    expect(store().toasts.at(-1)?.message).toBe('「Briefing」の 2 件はもう事件にありません');
    await store().hideOnChart({ entities: ['a'], links: [] });
    expect(store().undoStack.at(-1)?.label).toBe('1 件を非表示');
  });
});
