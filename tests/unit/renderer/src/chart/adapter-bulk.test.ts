import { afterEach, describe, expect, it } from 'vitest';
import { BIG_CHART_ELEMENTS } from '../../../../../renderer/src/chart/adapter';
import { adding, entity, link } from './chart-fixtures';
import { destroyCharts, makeChart, smallCase } from './chart-harness';

afterEach(destroyCharts);

/** A chain of n people, each linked to the next: 2n - 1 elements. */
function chain(n: number, from = 0) {
  const people = Array.from({ length: n }, (_, i) => entity(`p${from + i}`));
  const links = people.slice(1).map((p, i) => link(`l${from + i}`, `p${from + i}`, p.id, 'ASSOCIATE_OF'));
  return adding(people, links);
}

describe('big chart styles', () => {
  it('leaves a small chart with curved links and end arrows', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    const employed = cy.getElementById('l1');
    expect(employed.hasClass('bulk')).toBe(false);
    expect(employed.style('curve-style')).toBe('bezier');
    expect(employed.style('target-arrow-shape')).toBe('triangle');
  });

  it('draws a big chart with haystack links, arrows at the middle, and back once small', () => {
    const { adapter, cy } = makeChart();
    const n = Math.ceil(BIG_CHART_ELEMENTS / 2) + 10;
    adapter.restore(chain(n), { positions: {}, viewport: null });
    const edge = cy.getElementById('l0');
    expect(edge.hasClass('bulk')).toBe(true);
    expect(edge.style('curve-style')).toBe('haystack');
    // Its entities too: their names are measured only near a view that can read them.
    expect(cy.getElementById('p0').hasClass('bulk')).toBe(true);

    // A link added later gets the class too.
    adapter.apply(adding([entity('q1')], [link('lq', 'p0', 'q1', 'EMPLOYED_BY')]));
    expect(cy.getElementById('lq').style('curve-style')).toBe('haystack');
    expect(cy.getElementById('lq').style('mid-target-arrow-shape')).toBe('triangle');

    const ids = cy.nodes().map((node) => node.id());
    adapter.apply({
      addEntities: [],
      updateEntities: [],
      removeEntityIds: ids.slice(20),
      addLinks: [],
      updateLinks: [],
      removeLinkIds: [],
    });
    expect(cy.elements('.bulk')).toHaveLength(0);
    expect(cy.getElementById('l0').style('curve-style')).toBe('bezier');
  });

  it('opens a big saved chart in one pass: nodes born where they were saved, entities and links born with the big-chart styles', () => {
    const { adapter, cy } = makeChart();
    const n = Math.ceil(BIG_CHART_ELEMENTS / 2) + 10;
    const diff = chain(n);
    const positions = Object.fromEntries(
      diff.addEntities.map((e, i) => [e.id, { x: i * 50, y: (i % 7) * 40 }]),
    );
    const events: string[] = [];
    cy.on('position class', (event) => events.push(event.type));
    // Zoomed out too far to read a name: none is labelled, so none is restyled for it.
    adapter.restore(diff, { positions, viewport: { zoom: 0.2, pan: { x: 0, y: 0 } } });

    // Every entity and link is on the chart, each node where it was saved.
    expect(cy.nodes()).toHaveLength(n);
    expect(cy.edges()).toHaveLength(n - 1);
    for (const [id, at] of Object.entries(positions)) expect(cy.getElementById(id).position()).toEqual(at);
    expect(cy.elements().filter((e) => !e.hasClass('bulk'))).toHaveLength(0);
    // Nothing was moved or restyled after it was created.
    expect(events).toEqual([]);
  });
});
