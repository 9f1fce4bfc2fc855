// eslint-disable-next-line no-restricted-imports -- the reference is Cytoscape by itself, styling without the batching
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { batchStyleTriggers, styleLinksNow } from '../../../../../renderer/src/chart/style-triggers';

const STYLE: StylesheetJson = [
  { selector: 'node', style: { width: 30, height: 30, 'border-width': 1, shape: 'ellipse' } },
  { selector: 'node.big', style: { width: 90, height: 60, 'border-width': 4 } },
  { selector: 'node.gone', style: { display: 'none' } },
  { selector: 'edge', style: { width: 2, 'curve-style': 'bezier' } },
  { selector: 'edge.thick', style: { width: 9, 'curve-style': 'haystack' } },
  { selector: 'edge.gone', style: { display: 'none' } },
];

const charts: Core[] = [];
afterEach(() => {
  for (const cy of charts.splice(0)) cy.destroy();
});

function chart(batched: boolean): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLE });
  if (batched) batchStyleTriggers(cy);
  cy.add([
    { group: 'nodes', data: { id: 'a' }, position: { x: 0, y: 0 } },
    { group: 'nodes', data: { id: 'b' }, position: { x: 200, y: 40 } },
    { group: 'nodes', data: { id: 'c' }, position: { x: 100, y: 180 } },
    { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } },
    { group: 'edges', data: { id: 'ab2', source: 'a', target: 'b' } },
    { group: 'edges', data: { id: 'bc', source: 'b', target: 'c' } },
  ]);
  charts.push(cy);
  return cy;
}

/** What the analyst would see of every element: its box, whether it is drawn, its width. */
function seen(cy: Core) {
  return cy.elements().map((ele) => ({
    id: ele.id(),
    box: ele.boundingBox({ includeLabels: false }),
    visible: ele.visible(),
    width: ele.style('width'),
    curve: ele.isEdge() ? ele.style('curve-style') : null,
  }));
}

describe('batchStyleTriggers', () => {
  it('styles, bounds and shows every element as Cytoscape alone does, through restyles', () => {
    const plain = chart(false);
    const batched = chart(true);
    const steps: ((cy: Core) => void)[] = [
      () => undefined,
      (cy) => cy.getElementById('a').addClass('big'),
      (cy) => cy.getElementById('c').addClass('gone'),
      (cy) => cy.getElementById('ab').addClass('thick'),
      (cy) => cy.batch(() => cy.elements().toggleClass('big')),
      (cy) => cy.getElementById('c').removeClass('gone'),
      (cy) => cy.getElementById('bc').addClass('gone'),
    ];
    for (const step of steps) {
      step(plain);
      step(batched);
      // Read after each step: caches filled here must be dropped by the next restyle.
      expect(seen(batched)).toEqual(seen(plain));
    }
    expect(batched.getElementById('a').boundingBox({}).w).toBeGreaterThan(30);
    expect(batched.getElementById('bc').visible()).toBe(false);
  });

  it('hides a link whose end is hidden, the moment the end is restyled', () => {
    const cy = chart(true);
    const link = cy.getElementById('bc');
    expect(link.visible()).toBe(true);
    cy.getElementById('c').addClass('gone');
    expect(link.visible()).toBe(false);
  });

  it("styles a batch's links in one pass as Cytoscape styles each when first read", () => {
    const plain = chart(false);
    const batched = chart(true);
    // Boxes and visibility read first: the pass must drop what they cached.
    expect(seen(batched)).toEqual(seen(plain));
    const more = (cy: Core) =>
      cy.batch(() => {
        cy.add([
          { group: 'nodes', data: { id: 'd' }, position: { x: 300, y: 300 } },
          { group: 'edges', data: { id: 'cd', source: 'c', target: 'd' } },
        ]);
        cy.getElementById('ab').addClass('thick');
        cy.getElementById('bc').addClass('gone');
      });
    more(plain);
    more(batched);
    styleLinksNow(batched);
    expect(seen(batched)).toEqual(seen(plain));
    expect(batched.getElementById('ab').style('curve-style')).toBe('haystack');
    // Styled already, and a later change still shows.
    batched.getElementById('bc').removeClass('gone');
    plain.getElementById('bc').removeClass('gone');
    expect(seen(batched)).toEqual(seen(plain));
  });
});
