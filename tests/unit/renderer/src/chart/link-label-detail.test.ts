import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartStyle } from '../../../../../graph-schema/chart/style-spec';
import { BIG_CHART_ELEMENTS } from '../../../../../renderer/src/chart/adapter';
import { NODE_LABEL_MIN_ZOOM } from '../../../../../renderer/src/chart/label-text';
import { BULK_LINK_LABEL_MIN_ZOOM } from '../../../../../renderer/src/chart/style';
import { adding, entity, link } from './chart-fixtures';
import { destroyCharts, makeChart, smallCase } from './chart-harness';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  destroyCharts();
  vi.useRealTimers();
});

/** A row of n people 100 apart, each linked to the next: link li's middle is at (100 i + 50, 0). */
function row(n: number) {
  const people = Array.from({ length: n }, (_, i) => entity(`p${i}`));
  const links = people.slice(1).map((p, i) => link(`l${i}`, `p${i}`, p.id));
  const positions = Object.fromEntries(people.map((p, i) => [p.id, { x: i * 100, y: 0 }]));
  return { diff: adding(people, links), positions };
}

/** The test chart's view is one pixel wide: this puts its corner on a chart point. */
function look(cy: ReturnType<typeof makeChart>['cy'], zoom: number, at: { x: number; y: number }) {
  cy.viewport({ zoom, pan: { x: -at.x * zoom, y: -at.y * zoom } });
  vi.advanceTimersByTime(1000);
}

describe('level of detail on a big chart', () => {
  it('draws every link, and a link label only zoomed in to read it and near the view', () => {
    const { adapter, cy } = makeChart();
    const n = Math.ceil(BIG_CHART_ELEMENTS / 2) + 10;
    const { diff, positions } = row(n);
    adapter.restore(diff, { positions, viewport: null });
    const label = (id: string) => String(cy.getElementById(id).style('label'));

    // Zoomed out: every link drawn, none labelled.
    expect(cy.edges(':visible')).toHaveLength(n - 1);
    expect(cy.edges().filter((e) => label(e.id()) !== '')).toHaveLength(0);

    // Zoomed in on l3's middle: its label shows, a link far from the view keeps none.
    look(cy, BULK_LINK_LABEL_MIN_ZOOM + 0.1, { x: 350, y: 0 });
    expect(label('l3')).toBe('associate_of');
    expect(label('l40')).toBe('');
    expect(cy.edges(':visible')).toHaveLength(n - 1);

    // The view moves on: the label follows it.
    look(cy, BULK_LINK_LABEL_MIN_ZOOM + 0.1, { x: 4050, y: 0 });
    expect(label('l40')).toBe('associate_of');
    expect(label('l3')).toBe('');

    // Zoomed out past readable: no link label again, every link still drawn.
    look(cy, BULK_LINK_LABEL_MIN_ZOOM / 2, { x: 4050, y: 0 });
    expect(label('l40')).toBe('');
    expect(cy.edges(':visible')).toHaveLength(n - 1);
  });

  it("shows a style's link labels where it would show the links' own: zoomed in and near the view", () => {
    const { adapter, cy } = makeChart();
    const n = Math.ceil(BIG_CHART_ELEMENTS / 2) + 10;
    const { diff, positions } = row(n);
    adapter.restore(diff, { positions, viewport: null });
    adapter.setStyle(ChartStyle.parse({ linkLabel: 'confidence' }));
    const label = (id: string) => String(cy.getElementById(id).style('label'));

    expect(cy.edges().filter((e) => label(e.id()) !== '')).toHaveLength(0);
    look(cy, BULK_LINK_LABEL_MIN_ZOOM + 0.1, { x: 350, y: 0 });
    expect(label('l3')).toBe('confirmed');
    expect(label('l40')).toBe('');
    look(cy, BULK_LINK_LABEL_MIN_ZOOM / 2, { x: 350, y: 0 });
    expect(label('l3')).toBe('');
  });

  it('draws every entity, and its name only at a zoom that draws names and near the view', () => {
    const { adapter, cy } = makeChart();
    const n = Math.ceil(BIG_CHART_ELEMENTS / 2) + 10;
    const { diff, positions } = row(n);
    adapter.restore(diff, { positions, viewport: { zoom: NODE_LABEL_MIN_ZOOM / 2, pan: { x: 0, y: 0 } } });
    const label = (id: string) => String(cy.getElementById(id).style('label'));

    // Zoomed out past the names: every entity drawn, none named.
    expect(cy.nodes(':visible')).toHaveLength(n);
    expect(cy.nodes().filter((node) => label(node.id()) !== '')).toHaveLength(0);

    // Zoomed in on p3: its name shows, an entity far from the view has none.
    look(cy, NODE_LABEL_MIN_ZOOM + 0.1, { x: 300, y: 0 });
    expect(label('p3')).toBe('Label p3');
    expect(label('p400')).toBe('');

    // The view moves on: the names follow it.
    look(cy, NODE_LABEL_MIN_ZOOM + 0.1, { x: 40_000, y: 0 });
    expect(label('p400')).toBe('Label p400');
    expect(label('p3')).toBe('');
    expect(cy.nodes(':visible')).toHaveLength(n);
  });

  it('draws a name or link label near the view in the same font and box as on a small chart', () => {
    const small = makeChart();
    small.adapter.apply(smallCase());
    const { adapter, cy } = makeChart();
    const { diff, positions } = row(Math.ceil(BIG_CHART_ELEMENTS / 2) + 10);
    adapter.restore(diff, { positions, viewport: null });
    look(cy, BULK_LINK_LABEL_MIN_ZOOM + 0.1, { x: 300, y: 0 });
    const text = ['font-family', 'font-size', 'font-weight', 'color', 'text-wrap', 'text-max-width'];
    const box = ['text-background-color', 'text-background-opacity', 'text-background-padding'];
    const looks = (ele: ReturnType<typeof cy.getElementById>, extra: string[] = []) =>
      Object.fromEntries([...text, ...box, ...extra].map((p) => [p, String(ele.style(p))]));

    expect(String(cy.getElementById('p3').style('label'))).toBe('Label p3');
    expect(looks(cy.getElementById('p3'))).toEqual(looks(small.cy.getElementById('p2')));
    look(cy, BULK_LINK_LABEL_MIN_ZOOM + 0.1, { x: 350, y: 0 });
    expect(String(cy.getElementById('l3').style('label'))).toBe('associate_of');
    expect(looks(cy.getElementById('l3'), ['text-rotation'])).toEqual(
      looks(small.cy.getElementById('l2'), ['text-rotation']),
    );
  });

  it("leaves a small chart's entity names as they always were", () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    look(cy, 0.2, { x: 0, y: 0 });
    expect(cy.nodes().filter((node) => node.style('label') === '')).toHaveLength(0);
  });

  it("leaves a small chart's link labels as they always were", () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    look(cy, 0.2, { x: 0, y: 0 });
    expect(cy.getElementById('l1').style('label')).toBe('employed_by');
  });
});
