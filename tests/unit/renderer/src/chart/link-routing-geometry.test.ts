import { afterEach, describe, expect, it } from 'vitest';
import { findConflicts } from '../../../../../graph-schema/chart/geometry';
import { adding, entity, link } from './chart-fixtures';
import { destroyCharts, makeChart } from './chart-harness';
import {
  expandDiff,
  expectHonest,
  expectUnmoved,
  LANXIN_PLACES,
  openLanxin,
  person,
} from './geometry-fixtures';

afterEach(destroyCharts);

/**
 * Three people in a row, 200 apart, the outer two linked to someone below them already (so
 * placement keeps them where they are): a link from the first to the last crosses the middle one.
 */
function row(
  adapter: ReturnType<typeof makeChart>['adapter'],
  extra: Record<string, { x: number; y: number }> = {},
) {
  const places = {
    a: { x: 0, y: 0 },
    c: { x: 200, y: 0 },
    b: { x: 400, y: 0 },
    pa: { x: -60, y: 200 },
    pb: { x: 460, y: 200 },
    ...extra,
  };
  const older = [link('a-pa', 'a', 'pa'), link('b-pb', 'b', 'pb')];
  adapter.restore(
    adding(
      Object.keys(places).map((id, i) => person(id, i)),
      older,
    ),
    {
      positions: places,
      viewport: { zoom: 1, pan: { x: 400, y: 300 } },
    },
  );
  return places;
}

describe('a link added between two nodes already on the chart', () => {
  it('bends round a node between them; nobody moves', () => {
    const { adapter } = makeChart();
    const places = row(adapter);
    adapter.apply(adding([], [link('ab', 'a', 'b')]));
    expectUnmoved(adapter, places, Object.keys(places));
    expectHonest(adapter);
    const line = adapter.geometry().links.find((l) => l.id === 'ab');
    expect(line?.control).toBeDefined();
  });

  it('the straight line would have crossed it (what the check sees without the bend)', () => {
    const { adapter } = makeChart();
    row(adapter);
    adapter.apply(adding([], [link('ab', 'a', 'b')]));
    const { bodies, links } = adapter.geometry();
    const straight = links.map(({ id, source, target }) => ({ id, source, target }));
    expect(findConflicts(bodies, straight)).toEqual([{ kind: 'node-on-link', node: 'c', link: 'ab' }]);
  });

  it('several parallel links bend together and clear the node, each its own curve', () => {
    const { adapter } = makeChart();
    row(adapter);
    adapter.apply(
      adding([], [link('ab1', 'a', 'b'), link('ab2', 'b', 'a', 'EMPLOYED_BY'), link('ab3', 'a', 'b')]),
    );
    expectHonest(adapter);
    const controls = adapter
      .geometry()
      .links.map((l) => l.control)
      .filter((c) => c !== undefined);
    expect(new Set(controls.map((c) => `${c.x},${c.y}`)).size).toBe(3);
  });

  it('a crowd between the ends: the bend clears every one of them', () => {
    const { adapter } = makeChart();
    row(adapter, {
      d: { x: 200, y: -90 },
      e: { x: 200, y: 90 },
      f: { x: 100, y: 40 },
      g: { x: 300, y: -40 },
    });
    adapter.apply(adding([], [link('ab', 'a', 'b')]));
    expectHonest(adapter);
  });

  it('straightens again once the node in the way is gone', () => {
    const { adapter } = makeChart();
    row(adapter);
    adapter.apply(adding([], [link('ab', 'a', 'b')]));
    adapter.apply({
      addEntities: [],
      updateEntities: [],
      removeEntityIds: ['c'],
      addLinks: [],
      updateLinks: [],
      removeLinkIds: [],
    });
    expect(adapter.geometry().links.find((l) => l.id === 'ab')?.control).toBeUndefined();
  });

  it('a node hidden from the chart no longer bends the link; shown again, it does', () => {
    const { adapter } = makeChart();
    row(adapter);
    adapter.apply(adding([], [link('ab', 'a', 'b')]));
    const decor = { groups: [], annotations: [], pinned: [] };
    adapter.setDecor({ ...decor, hidden: { entities: ['c'], links: [] } });
    expect(adapter.geometry().links.find((l) => l.id === 'ab')?.control).toBeUndefined();
    adapter.setDecor({ ...decor, hidden: { entities: [], links: [] } });
    expectHonest(adapter);
  });

  it('links among the Lanxin chart after an expand, joined later between placed nodes', () => {
    const { adapter } = makeChart();
    const known = openLanxin(adapter);
    const keys = Object.keys(LANXIN_PLACES);
    adapter.apply(expandDiff(keys, 'zhou'));
    const before = adapter.positions();
    // Every pair of far-apart nodes on the chart linked at once: many lines cross others' nodes.
    const ids = Object.keys(before).filter((id) => !id.includes(':'));
    const pairs = ids
      .flatMap((s, i) => ids.slice(i + 1).map((t) => [s, t] as const))
      .filter((_, i) => i % 7 === 0);
    adapter.apply(
      adding(
        [],
        pairs.map(([s, t]) => link(`x-${s}-${t}`, s, t)),
      ),
    );
    expectUnmoved(adapter, before, ids);
    expectHonest(adapter, known);
  });

  it('a drawn link from an entity to one across the chart (a new entity, then linked)', () => {
    const { adapter } = makeChart();
    row(adapter);
    adapter.apply(adding([entity('n', 'Company', { label: 'New Co' })]));
    adapter.apply(adding([], [link('ab', 'a', 'b'), link('cn', 'c', 'n')]));
    expectHonest(adapter);
  });
});

describe('new nodes placed beside parallel links', () => {
  it('keep clear of their bows, not only of the straight line between their ends', () => {
    const { adapter } = makeChart();
    const places = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 } };
    adapter.restore(
      adding(
        [person('a', 0), person('b', 1)],
        [link('ab1', 'a', 'b'), link('ab2', 'a', 'b'), link('ab3', 'b', 'a'), link('ab4', 'a', 'b')],
      ),
      { positions: places, viewport: { zoom: 1, pan: { x: 400, y: 300 } } },
    );
    const fan = Array.from({ length: 40 }, (_, i) => person(`f${i}`, i + 2));
    adapter.apply(
      adding(
        fan,
        fan.map((f, i) => link(`fl${i}`, i % 2 === 0 ? 'a' : 'b', f.id)),
      ),
    );
    expectHonest(adapter);
  });
});
