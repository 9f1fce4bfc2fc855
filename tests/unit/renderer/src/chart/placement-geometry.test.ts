import { afterEach, describe, expect, it } from 'vitest';
import { distance } from '../../../../../graph-schema/chart/geometry';
import { adding, entity, link } from './chart-fixtures';
import { destroyCharts, makeChart } from './chart-harness';
import {
  chain,
  expandDiff,
  expectHonest,
  expectUnmoved,
  LANXIN_PLACES,
  openLanxin,
  person,
  pieces,
  storyEntity,
  storyLinksAmong,
} from './geometry-fixtures';

afterEach(destroyCharts);

const LANXIN = Object.keys(LANXIN_PLACES);

describe('new items are placed where they touch nothing', () => {
  it('expanding each node of the Lanxin chart in turn', () => {
    const { adapter } = makeChart();
    const known = openLanxin(adapter);
    const onChart = [...LANXIN];
    for (const key of LANXIN) {
      const before = adapter.positions();
      const diff = expandDiff(onChart, key);
      adapter.apply(diff);
      expectUnmoved(adapter, before, onChart);
      onChart.push(...diff.addEntities.map((e) => e.id));
      expectHonest(adapter, known);
    }
    expect(onChart.length).toBeGreaterThan(30);
  });

  it('expanding puts the new nodes around the expanded one', () => {
    const { adapter } = makeChart();
    openLanxin(adapter);
    const diff = expandDiff(LANXIN, 'zhou');
    adapter.apply(diff);
    const p = adapter.positions();
    const zhou = p['zhou'] ?? { x: NaN, y: NaN };
    for (const e of diff.addEntities) expect(distance(p[e.id] ?? zhou, zhou), e.id).toBeLessThan(400);
  });

  it('a star of 30 added to one node grows as rings around it', () => {
    const { adapter } = makeChart();
    adapter.restore(adding([entity('hub', 'Organization', { label: 'Hub Holdings International' })]), {
      positions: { hub: { x: 0, y: 0 } },
      viewport: null,
    });
    const leaves = Array.from({ length: 30 }, (_, i) => person(`s${i}`, i));
    adapter.apply(
      adding(
        leaves,
        leaves.map((l, i) => link(`sl${i}`, 'hub', l.id)),
      ),
    );
    expect(adapter.positions()['hub']).toEqual({ x: 0, y: 0 });
    expectHonest(adapter);
  });

  it('a chain of 10 added to one node', () => {
    const { adapter } = makeChart();
    const known = openLanxin(adapter);
    const piece = chain(10);
    adapter.apply(adding(piece.addEntities, [...piece.addLinks, link('hook', 'chen', 'c0')]));
    expectHonest(adapter, known);
  });

  it('a path between two nodes already on the chart', () => {
    const { adapter } = makeChart();
    const known = openLanxin(adapter);
    const before = adapter.positions();
    // zhou – zhouHy – navyEquip – inst614: two new steps between two placed ends.
    const fresh = ['zhouHy', 'navyEquip'];
    adapter.apply(adding(fresh.map(storyEntity), storyLinksAmong(['zhou', 'inst614', ...fresh])));
    expectUnmoved(adapter, before, LANXIN);
    expectHonest(adapter, known);
  });

  it('disconnected pieces added to a chart', () => {
    const { adapter } = makeChart();
    const known = openLanxin(adapter);
    adapter.apply(pieces());
    expectHonest(adapter, known);
  });

  it('new entities created one by one and then linked (Wang, Sato, Institute, Kaiyo)', () => {
    const { adapter } = makeChart();
    const known = openLanxin(adapter);
    const made = [
      entity('sato', 'Person', { label: 'Satō Kenji' }),
      entity('wang', 'Person', { label: 'Wáng Lěi' }),
      entity('institute', 'Organization', { label: 'Kaiyo Marine Research Institute' }),
      entity('kaiyo', 'Company', { label: 'Kaiyo Trading K.K.' }),
    ];
    for (const e of made) {
      adapter.apply(adding([e]));
      expectHonest(adapter, known);
    }
    adapter.apply(adding([], [link('w-i', 'wang', 'institute'), link('w-k', 'wang', 'kaiyo')]));
    expectHonest(adapter, known);
  });

  it('pinned and placed nodes never move when items are added', () => {
    const { adapter } = makeChart();
    const known = openLanxin(adapter);
    adapter.setDecor({
      groups: [],
      annotations: [],
      pinned: ['zhou', 'lanxin'],
      hidden: { entities: [], links: [] },
    });
    const before = adapter.positions();
    adapter.apply(expandDiff(LANXIN, 'lanxin'));
    expectUnmoved(adapter, before, LANXIN);
    expectHonest(adapter, known);
  });
});
