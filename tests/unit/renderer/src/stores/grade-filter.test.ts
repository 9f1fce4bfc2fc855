import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChartBodyInput, SavedChart } from '../../../../../graph-schema/chart';
import { ChartBody } from '../../../../../graph-schema/chart';
import type { Entity, Link } from '../../../../../graph-schema/model/records';
import { installApi } from '../../../../../renderer/src/bridge';
import { currentScene } from '../../../../../renderer/src/features/charts/current-scene';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';
import { countBelowGradeFilter, outOfSight } from '../../../../../renderer/src/stores/grade-filter';
import { visibleContent } from '../../../../../renderer/src/stores/view-slice';
import { attachChart } from '../../../../../renderer/src/chart/mounted';
import type { ChartAdapter } from '../../../../../renderer/src/chart/types';
import { builtinSchema } from '../chart/chart-fixtures';
import { entity, fakeBackend, link } from '../fake-api';

const store = () => useAppStore.getState();
let restore: () => void = () => undefined;
let saved: Map<string, SavedChart>;

const graded = <T extends Entity | Link>(item: T, grade: string): T => ({
  ...item,
  reliability: grade[0] as T['reliability'],
  credibility: grade[1] as T['credibility'],
});

// a (A1) — b (B2) — c (C3); a — d (A5: reliability good, credibility poor).
const entities = [
  graded(entity('a'), 'A1'),
  graded(entity('b'), 'B2'),
  graded(entity('c'), 'C3'),
  graded(entity('d'), 'A5'),
];
const links = [
  graded(link('ab', 'a', 'b'), 'A1'),
  graded(link('bc', 'b', 'c'), 'A1'),
  graded(link('ad', 'a', 'd'), 'B1'),
  graded(link('ab2', 'a', 'b'), 'B3'),
];
const shownIds = () => {
  const { entities: e, links: l } = visibleContent(store());
  return { entities: e.map((x) => x.id).sort(), links: l.map((x) => x.id).sort() };
};

beforeEach(() => {
  resetAppStore();
  saved = new Map();
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
  const backend = fakeBackend({
    listCharts: async () => [],
    createChart: async ({ chart }) => keep(`c${saved.size + 1}`, chart, 1),
    saveChart: async ({ id, chart, version }) => keep(id, chart, version + 1),
    getChart: async ({ id }) => saved.get(id)!,
  });
  for (const e of entities) backend.entities.set(e.id, e);
  for (const l of links) backend.links.set(l.id, l);
  restore = installApi(backend.api);
  store().putOnChart({ entities, links });
});
afterEach(() => {
  restore();
  attachChart(null);
});

describe('grade filter', () => {
  it('hides items below "B2 or better" and links with a hidden end, keeping all on the chart', async () => {
    await store().setGradeFilter('B2');
    // d is A5: its credibility 5 is below 2, so A5 does not meet B2; c is C3.
    expect(shownIds()).toEqual({ entities: ['a', 'b'], links: ['ab'] });
    // bc and ad are graded well but lead to hidden entities; ab2 is B3.
    expect(outOfSight(store()).links.sort()).toEqual(['ab2', 'ad', 'bc']);
    expect(countBelowGradeFilter(store())).toBe(5);
    // Nothing left the chart.
    expect(Object.keys(store().chart.entities).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.keys(store().chart.links)).toHaveLength(4);
  });

  it('shows everything again when turned off or undone, one undo step each', async () => {
    await store().setGradeFilter('A1');
    expect(shownIds()).toEqual({ entities: ['a'], links: [] });
    await store().setGradeFilter('C3');
    expect(shownIds().entities).toEqual(['a', 'b', 'c']);
    await store().undo();
    expect(store().view.gradeFilter).toBe('A1');
    await store().setGradeFilter(null);
    expect(shownIds()).toEqual({ entities: ['a', 'b', 'c', 'd'], links: ['ab', 'ab2', 'ad', 'bc'] });
    expect(countBelowGradeFilter(store())).toBe(0);
  });

  it('counts only what the filter hides beyond what was hidden by hand', async () => {
    await store().hideOnChart({ entities: ['c'], links: [] });
    await store().setGradeFilter('B2');
    expect(shownIds().entities).toEqual(['a', 'b']);
    expect(countBelowGradeFilter(store())).toBe(4);
  });

  it('exports draw what the screen shows and say the filter is on, in the export language', async () => {
    useAppStore.setState({ schema: builtinSchema() });
    const at = (x: number) => ({ x, y: 0 });
    // Only what an export reads from the mounted chart.
    const layout: Pick<ChartAdapter, 'positions' | 'bends'> = {
      positions: () => ({ a: at(0), b: at(100), c: at(200), d: at(300) }),
      bends: () => ({}),
    };
    attachChart(layout as ChartAdapter);
    expect(currentScene('en').filterNote).toBeUndefined();
    await store().setGradeFilter('B2');
    const scene = currentScene('en');
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(['a', 'b']);
    expect(scene.filterNote).toBe('Grade filter on: only items graded B2 or better are shown (5 hidden)');
    expect(currentScene('ja').filterNote).toBe('評価で絞り込み中：B2 以上の項目のみ表示（非表示 5 件）');
  });

  it('is saved with the chart and comes back on reopen', async () => {
    await store().setGradeFilter('B2');
    const chart = await store().saveView('Graded');
    expect(saved.get(chart.id)?.gradeFilter).toBe('B2');
    store().newChart();
    expect(store().view.gradeFilter).toBeNull();
    await store().openSavedChart(chart.id);
    expect(store().view.gradeFilter).toBe('B2');
    expect(shownIds().entities).toEqual(['a', 'b']);
  });
});
