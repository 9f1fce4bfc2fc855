import { describe, expect, it } from 'vitest';
import { labelClash, rectsOverlap, type Body } from '../../../../graph-schema/chart/geometry';
import {
  layoutLabels,
  layoutLabelsInSteps,
  type LabelLayout,
  type LabelRequest,
} from '../../../../graph-schema/chart/label-layout';
import { approximateMeasure } from '../../../../graph-schema/chart/text-wrap';

const disc = (id: string, x: number, y: number, radius = 16): Body => ({ id, x, y, radius, label: null });
const nodeLabel = (body: Body, text: string, priority = 0): LabelRequest => ({
  kind: 'node',
  id: body.id,
  text,
  body,
  priority,
});

/** Every way the result prints text over text or over a node it does not name. */
function clashes(layout: LabelLayout, bodies: readonly Body[]): string[] {
  const out: string[] = [];
  layout.placed.forEach((a, i) => {
    for (const b of layout.placed.slice(i + 1))
      if (rectsOverlap(a.box, b.box)) out.push(`${a.kind} ${a.id} over ${b.kind} ${b.id}`);
    for (const body of bodies) {
      if (a.kind === 'node' && body.id === a.id) continue;
      if (labelClash(a.box, body, { nodeGap: 0, linkGap: 0, labelGap: 0 }))
        out.push(`${a.kind} ${a.id} over node ${body.id}`);
    }
  });
  return out;
}

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('layoutLabels', () => {
  it('puts a lone label under its node, whole', () => {
    const a = disc('a', 0, 0);
    const { placed, left } = layoutLabels([nodeLabel(a, 'Zhāng Wěi')], {
      measure: approximateMeasure,
      bodies: [a],
    });
    expect(left).toEqual([]);
    expect(placed).toMatchObject([{ id: 'a', side: 'below', lines: ['Zhāng Wěi'], shortened: false }]);
    expect(placed[0]!.box.y1).toBeGreaterThan(16);
  });

  it('moves the less important of two colliding labels to another side', () => {
    const a = disc('a', 0, 0);
    const b = disc('b', 60, 0);
    const { placed } = layoutLabels(
      [nodeLabel(a, 'Kaiyo Marine Research Institute'), nodeLabel(b, 'Satō Kenji', 5)],
      { measure: approximateMeasure, bodies: [a, b] },
    );
    const side = Object.fromEntries(placed.map((p) => [p.id, p.side]));
    // b is more important: it keeps the usual place.
    expect(side).toEqual({ b: 'below', a: 'above' });
    expect(clashes({ placed, left: [] }, [a, b])).toEqual([]);
  });

  it('places entity labels before link labels of the same priority', () => {
    const a = disc('a', 0, 0);
    const link: LabelRequest = {
      kind: 'link',
      id: 'l',
      text: 'possible tasking by',
      anchors: [{ x: 0, y: 30 }],
      priority: 0,
    };
    const { placed, left } = layoutLabels([link, nodeLabel(a, 'Wang Lei')], {
      measure: approximateMeasure,
      bodies: [a],
    });
    // The link's only spot is under the node, where its name goes: the link label gives way.
    expect(placed.map((p) => p.id)).toEqual(['a']);
    expect(left).toEqual([{ id: 'l', kind: 'link', full: 'possible tasking by' }]);
  });

  it('slides a link label along its line when the middle is taken', () => {
    const a = disc('a', 0, 0);
    const b = disc('b', 300, 0);
    const blocker = disc('c', 150, 30, 30);
    const link: LabelRequest = {
      kind: 'link',
      id: 'l',
      text: 'employed by',
      anchors: [
        { x: 150, y: 0 },
        { x: 90, y: 0 },
        { x: 210, y: 0 },
      ],
      priority: 0,
    };
    const { placed } = layoutLabels([link], { measure: approximateMeasure, bodies: [a, b, blocker] });
    expect(placed[0]).toMatchObject({ id: 'l', offset: { x: -60, y: 0 } });
  });

  it('shortens a label with no room for its whole text, and leaves out one with no room at all', () => {
    // A node boxed in by neighbours a little wider apart than a short label.
    const centre = disc('m', 0, 0, 10);
    const ring = [disc('n', 0, -44, 10), disc('s', 0, 44, 10), disc('e', 80, 0, 10), disc('w', -80, 0, 10)];
    const bodies = [centre, ...ring];
    const requests = [nodeLabel(centre, 'Ferreira-Lind Holdings International')];
    const roomy = layoutLabels(requests, { measure: approximateMeasure, bodies });
    expect(roomy.placed[0]).toMatchObject({ shortened: true, side: 'below' });
    expect(roomy.placed[0]!.lines[0]).toMatch(/…$/);

    const tight = layoutLabels(requests, {
      measure: approximateMeasure,
      bodies: [
        centre,
        disc('s', 0, 24, 10),
        disc('n', 0, -24, 10),
        disc('e', 26, 0, 10),
        disc('w', -26, 0, 10),
      ],
    });
    expect(tight.placed).toEqual([]);
    expect(tight.left).toEqual([{ id: 'm', kind: 'node', full: 'Ferreira-Lind Holdings International' }]);
  });

  it('numbers footnotes in reading order when asked, marking shortened and marker-only labels', () => {
    const centre = disc('m', 0, 0, 10);
    const bodies = [
      centre,
      disc('n', 0, -44, 10),
      disc('s', 0, 44, 10),
      disc('e', 80, 0, 10),
      disc('w', -80, 0, 10),
    ];
    const top = disc('t', 0, -400);
    const { placed } = layoutLabels(
      [nodeLabel(centre, 'Ferreira-Lind Holdings International'), nodeLabel(top, 'A'.repeat(60))],
      { measure: approximateMeasure, bodies: [...bodies, top], footnotes: true },
    );
    const byId = Object.fromEntries(placed.map((p) => [p.id, p]));
    // The long name at the top is cut by the maximum width: it is footnote 1, read first.
    expect(byId.t).toMatchObject({ note: 1, shortened: true });
    expect(byId.t!.lines.at(-1)).toMatch(/… \[1\]$/);
    expect(byId.m).toMatchObject({ note: 2, shortened: true });
    expect(byId.m!.lines.at(-1)).toMatch(/\[2\]$/);
  });

  it('never prints a label over another or over a node on a crowded chart', () => {
    const next = random(7);
    const bodies: Body[] = [];
    for (let i = 0; i < 400; i++) bodies.push(disc(`n${i}`, next() * 1200, next() * 900, 8 + next() * 14));
    const requests: LabelRequest[] = bodies.map((b, i) =>
      nodeLabel(b, `Entity number ${i} ${'x'.repeat(Math.floor(next() * 20))}`, Math.floor(next() * 5)),
    );
    for (let i = 0; i < 400; i++) {
      const a = bodies[Math.floor(next() * bodies.length)]!;
      const b = bodies[Math.floor(next() * bodies.length)]!;
      const anchors = [0.5, 0.35, 0.65].map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }));
      requests.push({ kind: 'link', id: `l${i}`, text: 'associate of', anchors, priority: 0 });
    }
    for (const footnotes of [false, true]) {
      const layout = layoutLabels(requests, { measure: approximateMeasure, bodies, footnotes });
      expect(clashes(layout, bodies)).toEqual([]);
      expect(layout.placed.length + layout.left.length).toBe(requests.length);
      // Crowded, but most names still print.
      expect(layout.placed.filter((p) => p.kind === 'node').length).toBeGreaterThan(150);
    }
  });

  it('places the same in slices as at once, pausing after each slice', () => {
    const next = random(11);
    const bodies: Body[] = [];
    for (let i = 0; i < 120; i++) bodies.push(disc(`n${i}`, next() * 600, next() * 400));
    const requests = bodies.map((b, i) => nodeLabel(b, `Entity ${i}`, Math.floor(next() * 3)));
    const whole = layoutLabels(requests, { measure: approximateMeasure, bodies });
    const steps = layoutLabelsInSteps(requests, { measure: approximateMeasure, bodies }, 25);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    // 120 labels, 25 a slice: four pauses between five slices.
    expect(pauses).toBe(4);
    expect(step.value).toEqual(whole);
  });
});
