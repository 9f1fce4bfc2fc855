import { afterEach, describe, expect, it } from 'vitest';
import { LABEL_CLASSES } from '../../../../../renderer/src/chart/label-classes';
import { bindLabelPlacement, type LabelPlacer } from '../../../../../renderer/src/chart/label-placement';
import { destroyCharts, makeChart } from './chart-harness';

/** What Cytoscape's add() takes (the tests may not import Cytoscape itself). */
type Elements = Parameters<ReturnType<typeof makeChart>['cy']['add']>[0];

const placers: LabelPlacer[] = [];
afterEach(() => {
  for (const p of placers.splice(0)) p.destroy();
  destroyCharts();
});

/** A headless chart with the app's stylesheet and the elements at the given places. */
function chart(elements: Elements, big = false) {
  const { cy } = makeChart();
  cy.add(elements);
  const placer = bindLabelPlacement(cy, () => big);
  placers.push(placer);
  return { cy, placer };
}

const person = (id: string, x: number, y: number, label: string) => ({
  group: 'nodes' as const,
  data: { id, type: 'Person', label },
  position: { x, y },
});

describe('label placement on screen', () => {
  it('leaves labels with room where the stylesheet puts them', () => {
    const { cy, placer } = chart([person('a', 0, 0, 'Wang Lei'), person('b', 400, 0, 'Satō Kenji')]);
    const { placed, left } = placer.placeNow();
    expect(left).toEqual([]);
    expect(placed.map((p) => p.side)).toEqual(['below', 'below']);
    expect(cy.elements(`.${Object.values(LABEL_CLASSES).join(', .')}`).length).toBe(0);
  });

  it('moves the less linked of two crowded names to another side, the selected one first', () => {
    const { cy, placer } = chart([
      person('a', 0, 0, 'Kaiyo Marine Research Institute'),
      person('b', 60, 0, 'Satō Kenji'),
      person('c', 60, -200, 'Zhōu Hàorán'),
      { group: 'edges', data: { id: 'l1', source: 'b', target: 'c', label: '' } },
    ]);
    placer.placeNow();
    // b has a link, a none: b keeps its place under the node.
    expect(cy.$id('a').hasClass(LABEL_CLASSES.above)).toBe(true);
    expect(cy.$id('b').hasClass(LABEL_CLASSES.above)).toBe(false);
    cy.$id('a').select();
    placer.placeNow();
    expect(cy.$id('a').hasClass(LABEL_CLASSES.above)).toBe(false);
    expect(cy.$id('b').hasClass(LABEL_CLASSES.above)).toBe(true);
  });

  it('shortens a name with no room and hides one with none, keeping the whole text in the data', () => {
    const { cy, placer } = chart([
      person('m', 0, 0, 'Ferreira-Lind Holdings International'),
      person('n', 0, -60, 'N'),
      person('s', 0, 60, 'S'),
      person('e', 90, 0, 'E'),
      person('w', -90, 0, 'W'),
      person('x', 300, 0, 'Élise Vautrin'),
      person('x2', 300, 30, 'Ingrid Ferreira-Lind'),
    ]);
    placer.placeNow();
    const m = cy.$id('m');
    expect(m.hasClass(LABEL_CLASSES.short)).toBe(true);
    expect(String(m.data('lblText'))).toMatch(/…$/);
    expect(m.style('label')).toBe(m.data('lblText'));
    expect(m.data('label')).toBe('Ferreira-Lind Holdings International');
    // x2 sits on x's label: one of the two goes to a side or is hidden, never over the other.
    const overlapping = ['x', 'x2'].filter((id) => cy.$id(id).hasClass(LABEL_CLASSES.off));
    expect(overlapping.length).toBeLessThanOrEqual(1);
  });

  it('moves a link label along its line off a name, and hides it where there is no room', () => {
    const { cy, placer } = chart([
      person('a', 0, 0, 'A'),
      person('b', 300, 0, 'B'),
      person('c', 150, 22, 'C'),
      { group: 'edges', data: { id: 'l', source: 'a', target: 'b', label: 'possible tasking by' } },
    ]);
    placer.placeNow();
    const l = cy.$id('l');
    expect(l.hasClass(LABEL_CLASSES.moved)).toBe(true);
    expect(Math.abs(Number(l.data('lblDx')))).toBeGreaterThan(0);
    expect(l.style('text-rotation')).toBe('none');
  });

  it("places a big chart's labels near the view only, and those of the part the view moves to", () => {
    const crowded = (a: string, b: string, x: number) => [
      person(a, x, 0, 'Kaiyo Marine Research Institute'),
      person(b, x + 1, 0, 'Satō Kenji'),
    ];
    const { cy, placer } = chart([...crowded('a', 'b', 0), ...crowded('c', 'd', 5000)], true);
    const placedIn = (ids: string[]) =>
      ids.filter((id) => Object.values(LABEL_CLASSES).some((c) => cy.$id(id).hasClass(c)));
    // The test chart's view is a pixel wide: at zoom 1 on the first pair.
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    placer.placeNow();
    // The two names would print over each other: one is moved or shortened.
    expect(placedIn(['a', 'b']).length).toBeGreaterThan(0);
    expect(placedIn(['c', 'd'])).toEqual([]);

    cy.viewport({ zoom: 1, pan: { x: -5000, y: 0 } });
    placer.placeNow();
    expect(placedIn(['c', 'd']).length).toBeGreaterThan(0);
    // What the view left is back where the stylesheet puts it, until the view returns.
    expect(placedIn(['a', 'b'])).toEqual([]);
  });
});
