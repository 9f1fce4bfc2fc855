import { describe, expect, it } from 'vitest';
import { buildScene, type SceneInput } from '../../../../graph-schema/chart/build-scene';
import { findConflicts, type Body, type Segment } from '../../../../graph-schema/chart/geometry';
import { pairKey } from '../../../../graph-schema/chart/parallel-links';
import type { Scene } from '../../../../graph-schema/chart/scene';
import { DEFAULT_CHART_STYLE } from '../../../../graph-schema/chart/style-spec';
import { builtinSchema, entity, link } from '../../renderer/src/chart/chart-fixtures';

/** A, C and B in a row with A linked to B: the straight line would cross C. */
function row(over: Partial<SceneInput> = {}): SceneInput {
  return {
    schema: builtinSchema(),
    style: DEFAULT_CHART_STYLE,
    entities: [entity('a'), entity('c'), entity('b')],
    links: [link('ab', 'a', 'b')],
    positions: { a: { x: 0, y: 0 }, c: { x: 200, y: 0 }, b: { x: 400, y: 0 } },
    groups: [],
    annotations: [],
    iconPaths: () => [],
    ...over,
  };
}

/** The scene's drawing as the geometry check reads it: nodes as discs, lines through their controls. */
function conflicts(scene: Scene) {
  const bodies: Body[] = scene.nodes.map((n) => ({
    id: n.id,
    x: n.x,
    y: n.y,
    radius: n.size / 2,
    label: null,
  }));
  const links: Segment[] = scene.edges.map((e) => ({
    id: e.id,
    source: e.source ?? '',
    target: e.target ?? '',
    ...(e.control ? { control: e.control } : {}),
  }));
  return findConflicts(bodies, links);
}

describe('exported links never pass a node they do not join', () => {
  it('bends a link round a node between its ends', () => {
    const scene = buildScene(row());
    expect(scene.edges.find((e) => e.id === 'ab')?.control).not.toBeNull();
    expect(conflicts(scene)).toEqual([]);
  });

  it('bends it the way the screen did', () => {
    const below = { x: 200, y: 160 };
    const scene = buildScene(row({ bends: { [pairKey('a', 'b')]: below } }));
    expect(scene.edges.find((e) => e.id === 'ab')?.control).toEqual(below);
    expect(conflicts(scene)).toEqual([]);
  });

  it('a screen bend that would cross a node here is searched again', () => {
    const onC = { x: 200, y: 0.5 };
    const scene = buildScene(row({ bends: { [pairKey('a', 'b')]: onC } }));
    expect(scene.edges.find((e) => e.id === 'ab')?.control).not.toEqual(onC);
    expect(conflicts(scene)).toEqual([]);
  });

  it('parallel links between the pair bend together, apart from each other', () => {
    const links = [link('ab', 'a', 'b'), link('ba', 'b', 'a', 'COMMUNICATED_WITH'), link('ab2', 'a', 'b')];
    const scene = buildScene(row({ links }));
    const controls = scene.edges.map((e) => e.control);
    expect(new Set(controls.map((c) => JSON.stringify(c))).size).toBe(3);
    expect(conflicts(scene)).toEqual([]);
  });

  it('leaves a link with nothing in its way straight', () => {
    const scene = buildScene(
      row({ positions: { a: { x: 0, y: 0 }, c: { x: 200, y: 200 }, b: { x: 400, y: 0 } } }),
    );
    expect(scene.edges.find((e) => e.id === 'ab')?.control).toBeNull();
  });
});

describe('which way a link bends', () => {
  it('over a node right on its line: upwards, clear of the label hanging below it, whichever way the ids sort', () => {
    for (const [first, last] of [
      ['a', 'b'],
      ['z', 'b'],
    ] as const) {
      const scene = buildScene(
        row({
          entities: [entity(first), entity('c'), entity(last)],
          links: [link('l', first, last)],
          positions: { [first]: { x: 0, y: 0 }, c: { x: 200, y: 0 }, [last]: { x: 400, y: 0 } },
        }),
      );
      expect(scene.edges[0]?.control?.y, `${first}-${last}`).toBeLessThan(0);
    }
  });

  it('away from a node just off its line', () => {
    const scene = buildScene(
      row({ positions: { a: { x: 0, y: 0 }, c: { x: 200, y: -8 }, b: { x: 400, y: 0 } } }),
    );
    expect(scene.edges[0]?.control?.y).toBeGreaterThan(0);
    expect(conflicts(scene)).toEqual([]);
  });
});
