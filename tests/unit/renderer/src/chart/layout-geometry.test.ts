import { afterEach, describe, expect, it } from 'vitest';
import { LAYOUT_NAMES } from '../../../../../renderer/src/chart/adapter';
import type { ChartAdapter, LayoutName } from '../../../../../renderer/src/chart/types';
import { destroyCharts, makeChart } from './chart-harness';
import { chain, expectHonest, expectUnmoved, openLanxin, pieces, star } from './geometry-fixtures';

afterEach(destroyCharts);

const names = Object.keys(LAYOUT_NAMES) as LayoutName[];

const charts: Record<string, (adapter: ChartAdapter) => void> = {
  'the Lanxin network': (a) => void openLanxin(a),
  'a star of 30': (a) => a.apply(star(30)),
  'a chain of 10': (a) => a.apply(chain(10)),
  'a few disconnected pieces': (a) => a.apply(pieces()),
};

describe('every layout draws small charts honestly', () => {
  for (const [chartName, open] of Object.entries(charts)) {
    it.each(names)(`%s on ${chartName}`, async (name) => {
      const { adapter } = makeChart();
      open(adapter);
      await adapter.runLayout(name);
      expectHonest(adapter);
    });
  }

  it.each(names)('%s keeps pinned nodes where they are', async (name) => {
    const { adapter } = makeChart();
    openLanxin(adapter);
    const pinned = ['zhou', 'upc'];
    adapter.setDecor({ groups: [], annotations: [], pinned, hidden: { entities: [], links: [] } });
    const before = adapter.positions();
    await adapter.runLayout(name);
    expectUnmoved(adapter, before, pinned);
    expectHonest(adapter);
  });

  it.each(names)('%s on a selection leaves the rest honest', async (name) => {
    const { adapter } = makeChart();
    openLanxin(adapter);
    await adapter.runLayout('force');
    adapter.setSelection({ entities: ['zhou', 'li', 'chen', 'ferreira', 'upc'], links: [] });
    await adapter.runLayout(name, { selectionOnly: true });
    expectHonest(adapter);
  });
});

describe('concentric', () => {
  const fixtures: [string, (a: ChartAdapter) => void][] = [
    ['the Lanxin network', (a) => void openLanxin(a)],
    ['a chain of 12', (a) => a.apply(chain(12))],
  ];
  for (const [chartName, open] of fixtures) {
    it.each(['degree', 'betweenness'] as const)(
      `by %s on ${chartName} makes rings, not a column`,
      async (measure) => {
        const { adapter } = makeChart();
        open(adapter);
        await adapter.runLayout('concentric', { measure });
        // Nodes per 20-unit column: rings spread them; a column stacks them.
        const columns = new Map<number, number>();
        for (const p of Object.values(adapter.positions())) {
          const column = Math.round(p.x / 20);
          columns.set(column, (columns.get(column) ?? 0) + 1);
        }
        expect(Math.max(...columns.values())).toBeLessThanOrEqual(3);
        expectHonest(adapter);
      },
    );
  }
});
