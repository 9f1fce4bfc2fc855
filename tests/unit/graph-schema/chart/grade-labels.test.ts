import { describe, expect, it } from 'vitest';
import { buildScene, type SceneInput } from '../../../../graph-schema/chart/build-scene';
import { DEFAULT_CHART_STYLE } from '../../../../graph-schema/chart/style-spec';
import { builtinSchema, entity, link } from '../../renderer/src/chart/chart-fixtures';

/** The export option "print grades on links": what the exported scene says on each line. */
function input(over: Partial<SceneInput> = {}): SceneInput {
  return {
    schema: builtinSchema(),
    style: DEFAULT_CHART_STYLE,
    entities: [entity('p1', 'Person'), entity('p2', 'Person'), entity('c1', 'Company')],
    links: [
      link('l1', 'p1', 'c1', 'EMPLOYED_BY', { reliability: 'B', credibility: '2' }),
      link('l2', 'p1', 'p2', 'ASSOCIATE_OF', { reliability: 'A', credibility: '1' }),
      link('l3', 'p1', 'p2', 'COMMUNICATED_WITH', { reliability: 'C', credibility: '3' }),
    ],
    positions: { p1: { x: 0, y: 0 }, p2: { x: 100, y: 0 }, c1: { x: 0, y: 100 } },
    groups: [],
    annotations: [],
    iconPaths: (name) => [`M0 0 ${name}`],
    ...over,
  };
}

const labels = (over: Partial<SceneInput>) =>
  buildScene(input(over))
    .edges.map((e) => e.label)
    .sort();

describe('print grades on links', () => {
  it('adds each link its grade only when asked', () => {
    expect(labels({}).some((l) => /[A-F][1-6]/.test(l))).toBe(false);
    const graded = labels({ gradesOnLinks: true });
    expect(graded).toHaveLength(3);
    expect(graded.filter((l) => l.endsWith(' · B2'))).toHaveLength(1);
    expect(graded.filter((l) => l.endsWith(' · A1'))).toHaveLength(1);
    expect(graded.filter((l) => l.endsWith(' · C3'))).toHaveLength(1);
  });

  it("a merged line carries its members' weakest grade, never a better one", () => {
    const merged = labels({ gradesOnLinks: true, style: { ...DEFAULT_CHART_STYLE, mergeParallel: true } });
    expect(merged.filter((l) => l.endsWith(' · C3'))).toHaveLength(1);
    expect(merged.some((l) => l.endsWith(' · A1'))).toBe(false);
  });
});
