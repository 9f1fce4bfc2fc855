import { afterEach, describe, expect, it } from 'vitest';
import { LAYOUT_NAMES } from '../../../../../renderer/src/chart/adapter';
import type { LayoutName } from '../../../../../renderer/src/chart/types';
import { destroyCharts, makeChart, smallCase } from './chart-harness';

afterEach(destroyCharts);

describe('runLayout', () => {
  const names = Object.keys(LAYOUT_NAMES) as LayoutName[];

  it.each(names)('%s resolves and gives every node a finite position', async (name) => {
    const { adapter } = makeChart();
    adapter.apply(smallCase());
    await adapter.runLayout(name);
    const points = Object.values(adapter.positions());
    expect(points).toHaveLength(4);
    for (const p of points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(4);
  });

  it('puts a directed link top-down in the hierarchical layout', async () => {
    const { adapter } = makeChart();
    adapter.apply(smallCase());
    await adapter.runLayout('hierarchical');
    const p = adapter.positions();
    expect(p['p1']?.y ?? 0).toBeLessThan(p['c1']?.y ?? 0);
  });

  it.each(names)('%s with selectionOnly moves only the selected nodes', async (name) => {
    const { adapter } = makeChart();
    adapter.apply(smallCase());
    await adapter.runLayout('grid');
    adapter.setSelection({ entities: ['p1', 'p2', 'p3'], links: [] });
    const before = adapter.positions();
    await adapter.runLayout(name, { selectionOnly: true });
    const after = adapter.positions();
    expect(after['c1']).toEqual(before['c1']);
    const moved = ['p1', 'p2', 'p3'].filter((id) => {
      const a = after[id];
      const b = before[id];
      return !a || !b || Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5;
    });
    for (const id of ['p1', 'p2', 'p3']) {
      expect(Number.isFinite(after[id]?.x) && Number.isFinite(after[id]?.y)).toBe(true);
    }
    // The grid the nodes start from is not what any other layout produces.
    if (name !== 'grid') expect(moved.length).toBeGreaterThan(0);
  });

  it('with selectionOnly and fewer than two selected nodes changes nothing', async () => {
    const { adapter } = makeChart();
    adapter.apply(smallCase());
    const before = adapter.positions();
    adapter.setSelection({ entities: ['p1'], links: [] });
    await adapter.runLayout('circle', { selectionOnly: true });
    expect(adapter.positions()).toEqual(before);
  });
});

describe('viewport', () => {
  it('zooms by a factor within bounds and fits', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    const z = cy.zoom();
    adapter.zoom(2);
    expect(cy.zoom()).toBeCloseTo(Math.min(z * 2, cy.maxZoom()));
    adapter.zoom(0);
    expect(cy.zoom()).toBeCloseTo(Math.min(z * 2, cy.maxZoom()));
    adapter.zoom(1e-9);
    expect(cy.zoom()).toBe(cy.minZoom());
    expect(() => {
      adapter.fit();
      adapter.fit(['p1']);
      adapter.fit(['nobody']);
      adapter.focus();
    }).not.toThrow();
  });
});
