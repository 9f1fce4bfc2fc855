import { describe, expect, it } from 'vitest';
import { chartOps } from '../../../../graph-schema/chart/chart-ops';
import type { TextOp } from '../../../../graph-schema/chart/display-list';
import { labelClash, rectsOverlap } from '../../../../graph-schema/chart/geometry';
import { footnoteLines, linkEnds, nodeBody } from '../../../../graph-schema/chart/label-ops';
import type { Scene } from '../../../../graph-schema/chart/scene';
import { approximateMeasure } from '../../../../graph-schema/chart/text-wrap';
import { edge, node, sampleScene, syntheticScene } from '../../../support/chart/scenes';

/** Label boxes printed over each other, or over a node they do not name. */
function overprints(scene: Scene): string[] {
  const { labels } = chartOps(scene, approximateMeasure);
  const bodies = scene.nodes.map(nodeBody);
  const out: string[] = [];
  labels.placed.forEach((a, i) => {
    for (const b of labels.placed.slice(i + 1)) if (rectsOverlap(a.box, b.box)) out.push(`${a.id} / ${b.id}`);
    for (const body of bodies) {
      if (a.kind === 'node' && a.id === body.id) continue;
      if (labelClash(a.box, body, { nodeGap: 0, linkGap: 0, labelGap: 0 })) out.push(`${a.id} on ${body.id}`);
    }
  });
  return out;
}

const texts = (scene: Scene) =>
  chartOps(scene, approximateMeasure)
    .ops.filter((op): op is TextOp => op.kind === 'text')
    .map((t) => t.text);

describe('export labels', () => {
  it('prints every label of a roomy chart whole, with no footnotes', () => {
    const scene = sampleScene();
    expect(overprints(scene)).toEqual([]);
    const printed = texts(scene);
    for (const n of scene.nodes) expect(printed).toContain(n.label);
    for (const e of scene.edges) if (e.label !== '') expect(printed).toContain(e.label);
    expect(printed).not.toContain('Labels in full');
  });

  it('moves a link label off a name it would print over ("possible tasking by" over a person)', () => {
    const wang = node('wang', 0, 0, 'Wang Lei');
    const sato = node('sato', 240, 0, 'Satō Kenji');
    // A third entity sits just under the middle of the link: the label slides along the line.
    const kaiyo = node('kaiyo', 150, 22, 'Kaiyo Marine Research Institute', 'round-rectangle');
    const scene: Scene = {
      ...sampleScene(),
      nodes: [wang, sato, kaiyo],
      edges: [edge('t', wang, sato, 'possible tasking by', { source: 'wang', target: 'sato' })],
      groups: [],
      annotations: [],
    };
    expect(overprints(scene)).toEqual([]);
    expect(texts(scene)).toContain('possible tasking by');
  });

  it('keeps labels apart on a crowded chart, and lists the shortened ones in full under it', () => {
    const scene = syntheticScene(400, 900);
    // Squeezed to a third of the spacing: most names cannot fit whole.
    const crowded: Scene = {
      ...scene,
      nodes: scene.nodes.map((n) => ({ ...n, x: n.x / 2.2, y: n.y / 2.2 })),
      edges: scene.edges.map((e) => ({
        ...e,
        from: { x: e.from.x / 2.2, y: e.from.y / 2.2 },
        to: { x: e.to.x / 2.2, y: e.to.y / 2.2 },
        control: e.control ? { x: e.control.x / 2.2, y: e.control.y / 2.2 } : null,
      })),
    };
    expect(overprints(crowded)).toEqual([]);
    const { labels } = chartOps(crowded, approximateMeasure);
    const notes = footnoteLines(labels, linkEnds(crowded));
    expect(notes.length).toBeGreaterThan(10);
    const printed = texts(crowded);
    expect(printed).toContain('Labels in full');
    // Every entity is named: whole on the chart, or in full in the list (by its number).
    const inFull = new Set(labels.placed.filter((p) => !p.shortened).map((p) => p.full));
    const listed = printed.join('\n');
    for (const n of crowded.nodes) expect(inFull.has(n.label) || listed.includes(n.label)).toBe(true);
    // Numbers run from 1 in reading order, each printed on the chart beside its label.
    const numbered = labels.placed.filter((p) => p.note !== null).sort((a, b) => a.note! - b.note!);
    expect(numbered[0]?.note).toBe(1);
    for (const [i, p] of numbered.entries()) {
      expect(p.note).toBe(i + 1);
      expect(p.lines.at(-1)).toMatch(new RegExp(`\\[${i + 1}\\]$`));
      if (i > 0) expect(p.box.y1).toBeGreaterThanOrEqual(numbered[i - 1]!.box.y1);
    }
  });
});
