import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtent } from '../../../../../graph-schema/chart/geometry';
import { LAYOUT_NAMES } from '../../../../../renderer/src/chart/adapter';
import type { ChartAdapter, LayoutName } from '../../../../../renderer/src/chart/types';
import { destroyCharts, makeChart } from './chart-harness';
import { gridPositions } from '../../../../../renderer/src/chart/grid';
import { adding, entity, link } from './chart-fixtures';
import type { Annotation } from '../../../../../graph-schema/chart/saved-chart';
import { EMPTY_DECOR } from '../../../../../renderer/src/chart/decor';
import {
  chain,
  expandDiff,
  expectHonest,
  expectUnmoved,
  LANXIN_NOTE,
  LANXIN_PLACES,
  openLanxin,
  person,
  pieces,
  star,
} from './geometry-fixtures';

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

describe("the demo's note stays where the analyst put it, with nothing drawn over it", () => {
  /** The demo chart with its note, Zhou, Vautrin and Ferreira expanded, and two new entities. */
  function grown(adapter: ChartAdapter, note: Annotation = LANXIN_NOTE): void {
    openLanxin(adapter);
    adapter.setDecor({ ...EMPTY_DECOR, annotations: [note] });
    const onChart = Object.keys(LANXIN_PLACES);
    for (const key of ['zhou', 'vautrin', 'ferreira']) {
      const diff = expandDiff(onChart, key);
      adapter.apply(diff);
      onChart.push(...diff.addEntities.map((e) => e.id));
    }
    adapter.apply(
      adding([
        entity('sato', 'Person', { label: 'Satō Kenji' }),
        entity('kaiyo', 'Organization', { label: 'Kaiyo Marine Research Institute' }),
      ]),
    );
  }

  it.each(names)('%s', async (name) => {
    const { adapter } = makeChart();
    grown(adapter);
    const note = adapter.positions()[`note:${LANXIN_NOTE.id}`];
    await adapter.runLayout(name);
    expect(adapter.positions()[`note:${LANXIN_NOTE.id}`]).toEqual(note);
    expectHonest(adapter);
  });

  it('Grid moves nodes off a callout, which never bends', async () => {
    const { adapter } = makeChart();
    // Where the grid's rows put Ingrid Ferreira-Lind on the line from the note to Guo.
    grown(adapter, { ...LANXIN_NOTE, x: 150, y: 40, attachedTo: 'guo' });
    await adapter.runLayout('grid');
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

describe('grid', () => {
  /** 120 people in pieces of 4 (a chain each): a dense chart with short labels and long ones. */
  function dense(adapter: ChartAdapter): void {
    const people = Array.from({ length: 120 }, (_, i) => person(`g${i}`, i));
    const links = people.flatMap((p, i) => (i % 4 === 0 ? [] : [link(`gl${i}`, `g${i - 1}`, p.id)]));
    adapter.apply(adding(people, links));
  }

  /** The box every node and label takes, in chart units. */
  function extent(adapter: ChartAdapter) {
    const boxes = adapter.geometry().bodies.map(bodyExtent);
    const x1 = Math.min(...boxes.map((b) => b.x1));
    const x2 = Math.max(...boxes.map((b) => b.x2));
    const y1 = Math.min(...boxes.map((b) => b.y1));
    const y2 = Math.max(...boxes.map((b) => b.y2));
    return { width: x2 - x1, height: y2 - y1 };
  }

  it('on a dense chart is compact, the shape of the view, and honest', async () => {
    const { adapter } = makeChart();
    dense(adapter);
    await adapter.runLayout('grid');
    expectHonest(adapter);
    const { width, height } = extent(adapter);
    // The bodies themselves (node and label boxes) cover a share of the grid's area.
    const covered = adapter
      .geometry()
      .bodies.map(bodyExtent)
      .reduce((sum, b) => sum + (b.x2 - b.x1) * (b.y2 - b.y1), 0);
    // The old 200 x 130 cells covered 0.23; label-sized cells cover about 0.39.
    expect(covered / (width * height)).toBeGreaterThan(0.33);
    // Headless there is no view to measure: the default 16:10.
    expect(width / height).toBeGreaterThan(1.3);
    expect(width / height).toBeLessThan(2);
  });

  it('puts a short-labelled chart in narrower cells than a long-labelled one', async () => {
    const make = async (label: (i: number) => string) => {
      const { adapter } = makeChart();
      const people = Array.from({ length: 60 }, (_, i) => entity(`n${i}`, 'Person', { label: label(i) }));
      adapter.apply(adding(people));
      await adapter.runLayout('grid');
      expectHonest(adapter);
      const { width, height } = extent(adapter);
      return (width * height) / people.length;
    };
    const short = await make((i) => `P${i}`);
    const long = await make((i) => `Hernández Castellanos Jonathan ${i}`);
    expect(short).toBeLessThan(long * 0.6);
  });

  it('keeps every node in its cell on a linked chart: links bend round the nodes they pass', async () => {
    const { adapter, cy } = makeChart();
    openLanxin(adapter);
    const onChart = Object.keys(LANXIN_PLACES);
    for (const key of ['zhou', 'lanxin', 'li']) {
      const diff = expandDiff(onChart, key);
      adapter.apply(diff);
      onChart.push(...diff.addEntities.map((e) => e.id));
    }
    const cells = gridPositions(cy.nodes());
    await adapter.runLayout('grid');
    const at = adapter.positions();
    // Tidying for straight lines moved 20 of these 29 off the grid.
    for (const [id, cell] of cells) expect(at[id], id).toEqual(cell);
    expect(adapter.geometry().links.some((l) => l.control)).toBe(true);
    expectHonest(adapter);
  });
});
