import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChartAdapter, LAYOUT_NAMES } from '../../../../../renderer/src/chart/adapter';
import { iconImage } from '../../../../../renderer/src/chart/icons';
import { distance, findConflicts } from '../../../../../graph-schema/chart/geometry';
import { adding, builtinSchema, emptyDiff, entity, link } from './chart-fixtures';
import { destroyCharts, makeChart, smallCase } from './chart-harness';

afterEach(destroyCharts);

describe('createChartAdapter', () => {
  it('exports toolbar labels for every layout', () => {
    expect(LAYOUT_NAMES).toEqual({
      force: 'Force-directed',
      hierarchical: 'Hierarchical',
      circle: 'Circle',
      concentric: 'Concentric (by degree)',
      grid: 'Grid',
    });
  });

  it('builds a stylesheet Cytoscape accepts without warnings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { adapter, cy } = makeChart();
      adapter.apply(smallCase());
      adapter.highlight({ entities: ['p1'], links: [] });
      adapter.setSelection({ entities: ['p1'], links: ['l1'] });
      expect(cy.$id('p1').style('font-family')).toContain('Noto Sans');
      expect(warn).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });

  it('creates a headless adapter without a container', () => {
    const adapter = createChartAdapter(null, makeChart().options);
    expect(adapter.counts()).toEqual({ nodes: 0, edges: 0, selected: 0 });
    adapter.destroy();
  });
});

describe('apply', () => {
  it('adds nodes and edges with their data', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    expect(adapter.counts()).toEqual({ nodes: 4, edges: 4, selected: 0 });
    expect(cy.$id('c1').data()).toMatchObject({
      id: 'c1',
      label: 'Acme Ltd',
      type: 'Company',
      confidence: 'confirmed',
    });
    expect(cy.$id('l1').data()).toMatchObject({
      id: 'l1',
      source: 'p1',
      target: 'c1',
      type: 'EMPLOYED_BY',
      label: 'employed_by',
      confidence: 'confirmed',
      directed: true,
    });
  });

  it('draws an arrow only for directed link types', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    expect(cy.$id('l1').hasClass('directed')).toBe(true);
    expect(cy.$id('l1').style('target-arrow-shape')).toBe('triangle');
    expect(cy.$id('l2').hasClass('directed')).toBe(false);
    expect(cy.$id('l2').style('target-arrow-shape')).toBe('none');
  });

  it('never draws unconfirmed links solid', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    const style = (id: string) => [cy.$id(id).classes(), cy.$id(id).style('line-style')];
    expect(style('l1')).toEqual([['directed'], 'solid']);
    expect(style('l2')).toEqual([['dashed'], 'dashed']);
    expect(style('l3')).toEqual([['dotted'], 'dotted']);
    expect(style('l4')).toEqual([['dotted'], 'dotted']);
  });

  it("colours a node with its type's colour and icon", () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    const company = builtinSchema().entityTypes.find((t) => t.name === 'Company');
    const hex = company?.color ?? '';
    const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(cy.$id('c1').style('background-color')).toBe(`rgb(${rgb.join(',')})`);
    expect(cy.$id('c1').style('background-image')).toBe(iconImage(company?.icon ?? '', '#FFFFFF'));
    expect(cy.$id('c1').style('background-image')).not.toEqual(cy.$id('p1').style('background-image'));
  });

  it('updates labels and line style in place', () => {
    const { adapter, cy } = makeChart();
    const diff = smallCase();
    adapter.apply(diff);
    const l2 = diff.addLinks[1];
    const p1 = diff.addEntities[0];
    if (!l2 || !p1) throw new Error('fixture');
    adapter.apply({
      ...emptyDiff(),
      updateEntities: [{ ...p1, label: 'Wang Wei' }],
      updateLinks: [{ ...l2, confidence: 'confirmed', label: 'close associate' }],
    });
    expect(cy.$id('p1').data('label')).toBe('Wang Wei');
    expect(cy.$id('l2').data('label')).toBe('close associate');
    expect(cy.$id('l2').hasClass('dashed')).toBe(false);
    expect(cy.$id('l2').style('line-style')).toBe('solid');
    expect(adapter.counts().nodes).toBe(4);
  });

  it('keeps highlight classes when a link is updated', () => {
    const { adapter, cy } = makeChart();
    const diff = smallCase();
    adapter.apply(diff);
    adapter.highlight({ entities: ['p1', 'p2'], links: ['l2'] });
    const l2 = diff.addLinks[1];
    if (!l2) throw new Error('fixture');
    adapter.apply({ ...emptyDiff(), updateLinks: [{ ...l2, confidence: 'possible' }] });
    expect(cy.$id('l2').classes().sort()).toEqual(['dotted', 'highlighted']);
  });

  it('removes the links of a removed entity', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    adapter.apply({ ...emptyDiff(), removeEntityIds: ['p3'] });
    expect(cy.$id('p3').empty()).toBe(true);
    expect(cy.$id('l3').empty()).toBe(true);
    expect(cy.$id('l4').empty()).toBe(true);
    expect(adapter.counts()).toEqual({ nodes: 3, edges: 2, selected: 0 });
  });

  it('removes links by id and ignores ids not on the chart', () => {
    const { adapter } = makeChart();
    adapter.apply(smallCase());
    adapter.apply({ ...emptyDiff(), removeLinkIds: ['l1', 'nope'], removeEntityIds: ['nobody'] });
    expect(adapter.counts()).toEqual({ nodes: 4, edges: 3, selected: 0 });
  });

  it('skips a link whose ends are not on the chart', () => {
    const { adapter } = makeChart();
    adapter.apply(adding([entity('a')], [link('x', 'a', 'missing')]));
    expect(adapter.counts()).toEqual({ nodes: 1, edges: 0, selected: 0 });
  });

  it('treats an add of an id already on the chart as an update, and ignores repeats', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    adapter.apply(adding([entity('p1', 'Person', { label: 'Again' }), entity('n'), entity('n')]));
    expect(adapter.counts().nodes).toBe(5);
    expect(cy.$id('p1').data('label')).toBe('Again');
  });

  it('moves a link whose ends changed', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    adapter.apply({ ...emptyDiff(), updateLinks: [link('l2', 'p3', 'c1', 'ASSOCIATE_OF')] });
    expect([cy.$id('l2').source().id(), cy.$id('l2').target().id()]).toEqual(['p3', 'c1']);
  });

  it('lays out the first fill of an empty chart', () => {
    const { adapter } = makeChart();
    adapter.apply(smallCase());
    const points = Object.values(adapter.positions());
    expect(points).toHaveLength(4);
    for (const p of points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(4);
  });

  it('places new nodes near their placed neighbour without moving the rest', () => {
    const { adapter } = makeChart();
    adapter.apply(smallCase());
    const before = adapter.positions();
    const newcomers = ['n1', 'n2', 'n3', 'n4', 'n5'];
    adapter.apply(
      adding(
        newcomers.map((id) => entity(id)),
        newcomers.map((id) => link(`c1-${id}`, id, 'c1', 'EMPLOYED_BY')),
      ),
    );
    const after = adapter.positions();
    for (const [id, p] of Object.entries(before)) expect(after[id]).toEqual(p);

    const anchor = after['c1'];
    if (!anchor) throw new Error('c1 missing');
    const span = Math.max(
      ...Object.values(before).flatMap((p) =>
        Object.values(before).map((q) => Math.hypot(p.x - q.x, p.y - q.y)),
      ),
    );
    for (const id of newcomers) {
      const p = after[id];
      expect(p && Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      if (!p) continue;
      // Near the anchor, relative to how big the chart already is.
      expect(Math.hypot(p.x - anchor.x, p.y - anchor.y)).toBeLessThan(Math.max(span, 250));
    }
    const keys = new Set(
      newcomers.map((id) => `${Math.round(after[id]?.x ?? 0)},${Math.round(after[id]?.y ?? 0)}`),
    );
    expect(keys.size).toBe(newcomers.length);
  });

  it('places a new unconnected piece near the middle of the view, touching nothing', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    const before = adapter.positions();
    adapter.apply(adding([entity('i1'), entity('i2')], [link('i12', 'i1', 'i2')]));
    const after = adapter.positions();
    for (const [id, p] of Object.entries(before)) expect(after[id]).toEqual(p);
    const view = cy.extent();
    const centre = { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 };
    expect(distance(after['i1'] ?? { x: Infinity, y: 0 }, centre)).toBeLessThan(400);
    const { bodies, links } = adapter.geometry();
    expect(findConflicts(bodies, links)).toEqual([]);
  });
});
