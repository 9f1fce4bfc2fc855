import { afterEach, describe, expect, it } from 'vitest';
import type { ChartGroup } from '../../../../../graph-schema/chart/saved-chart';
import { EMPTY_DECOR } from '../../../../../renderer/src/chart/decor';
import { destroyCharts, makeChart, settle, smallCase } from './chart-harness';

afterEach(destroyCharts);

const group = (over: Partial<ChartGroup> = {}): ChartGroup => ({
  id: 'g1',
  title: 'Cell A',
  members: ['p2', 'p3'],
  collapsed: false,
  ...over,
});

describe('groups', () => {
  it('puts members in a titled box and takes them out on ungroup', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    adapter.setDecor({ ...EMPTY_DECOR, groups: [group()] });
    expect(cy.$id('group:g1').data('label')).toBe('Cell A');
    expect(cy.$id('p2').parent().first().id()).toBe('group:g1');
    expect(cy.$id('p1').parent().empty()).toBe(true);
    adapter.setDecor(EMPTY_DECOR);
    expect(cy.$id('group:g1').empty()).toBe(true);
    expect(cy.$id('p2').parent().empty()).toBe(true);
    expect(adapter.counts().nodes).toBe(4);
  });

  it('collapses to one node with the members’ links rerouted, and expands again', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    adapter.setDecor({ ...EMPTY_DECOR, groups: [group({ collapsed: true, x: 100, y: 50 })] });
    const node = cy.$id('group:g1');
    expect(node.hasClass('collapsed')).toBe(true);
    expect(node.data('label')).toBe('Cell A (2)');
    expect(node.position()).toEqual({ x: 100, y: 50 });
    expect(cy.$id('p2').hasClass('in-collapsed')).toBe(true);
    // p1 links to p2 (l2) and p3 (l3): one rerouted line standing for both; l4 is inside.
    const meta = cy.edges('[decor = "meta"]');
    expect(meta.length).toBe(1);
    expect(meta.first().data('label')).toBe('2 links');
    expect([meta.first().source().id(), meta.first().target().id()].sort()).toEqual(['group:g1', 'p1']);

    adapter.setDecor({ ...EMPTY_DECOR, groups: [group({ collapsed: false })] });
    expect(cy.edges('[decor = "meta"]').length).toBe(0);
    expect(cy.$id('p2').hasClass('in-collapsed')).toBe(false);
    expect(cy.$id('p2').parent().first().id()).toBe('group:g1');
  });

  it('keeps the decor when data changes, and never reports it as selection', async () => {
    const { adapter, cy, options } = makeChart();
    adapter.apply(smallCase());
    adapter.setDecor({
      ...EMPTY_DECOR,
      groups: [group({ collapsed: true })],
      annotations: [{ id: 'n1', text: 'Met in Vienna', x: 0, y: 0, attachedTo: 'p1' }],
    });
    cy.$id('group:g1').select();
    cy.$id('note:n1').select();
    cy.$id('p1').select();
    await settle();
    expect(options.onSelectionChange).toHaveBeenLastCalledWith({ entities: ['p1'], links: [] });
    adapter.apply({
      addEntities: [],
      updateEntities: [],
      removeEntityIds: ['p3'],
      addLinks: [],
      updateLinks: [],
      removeLinkIds: [],
    });
    expect(cy.$id('group:g1').data('label')).toBe('Cell A (1)');
    expect(cy.edges('[decor = "meta"]').first().data('label')).toBe('1 link');
  });
});

describe('notes and pins', () => {
  it('draws a note with a callout to its entity, rerouted to a collapsed group', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    const note = { id: 'n1', text: 'Flew to Vienna\n3 May', x: 40, y: -20, attachedTo: 'p2' };
    adapter.setDecor({ ...EMPTY_DECOR, annotations: [note] });
    expect(cy.$id('note:n1').position()).toEqual({ x: 40, y: -20 });
    expect(cy.$id('callout:n1').target().id()).toBe('p2');
    adapter.setDecor({ ...EMPTY_DECOR, annotations: [note], groups: [group({ collapsed: true })] });
    expect(cy.$id('callout:n1').target().id()).toBe('group:g1');
    adapter.setDecor(EMPTY_DECOR);
    expect(cy.$id('note:n1').empty()).toBe(true);
    expect(cy.$id('callout:n1').empty()).toBe(true);
  });

  it('locks pinned nodes so layouts leave them in place', async () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    cy.$id('p1').position({ x: 500, y: 500 });
    adapter.setDecor({ ...EMPTY_DECOR, pinned: ['p1'] });
    expect(cy.$id('p1').locked()).toBe(true);
    await adapter.runLayout('grid');
    expect(cy.$id('p1').position()).toEqual({ x: 500, y: 500 });
    adapter.setDecor(EMPTY_DECOR);
    expect(cy.$id('p1').locked()).toBe(false);
  });
});

describe('restore', () => {
  it('puts every node where it was saved, with the saved viewport, without a layout', () => {
    const { adapter, cy } = makeChart();
    const positions = {
      p1: { x: 10, y: 20 },
      p2: { x: 200, y: 20 },
      p3: { x: 10, y: 220 },
      c1: { x: -90, y: 5 },
    };
    adapter.restore(smallCase(), { positions, viewport: { zoom: 0.5, pan: { x: 12, y: 34 } } });
    expect(adapter.positions()).toEqual(positions);
    expect(adapter.viewport()).toEqual({ zoom: 0.5, pan: { x: 12, y: 34 } });
    expect(cy.edges().length).toBe(4);
  });
});

describe('hidden items', () => {
  it('hides entities (with their links) and links from view, and unselects them', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    adapter.setSelection({ entities: ['p2'], links: ['l1'] });
    adapter.setDecor({ ...EMPTY_DECOR, hidden: { entities: ['p2'], links: ['l1'] } });
    expect(cy.$id('p2').hasClass('hidden-item')).toBe(true);
    expect(cy.$id('l1').hasClass('hidden-item')).toBe(true);
    expect(cy.$(':selected').length).toBe(0);
    expect(cy.$id('p2').visible()).toBe(false);
    expect(cy.$id('l2').visible()).toBe(false);
    expect(cy.$id('l3').visible()).toBe(true);
    adapter.setDecor(EMPTY_DECOR);
    expect(cy.$id('p2').visible()).toBe(true);
    expect(cy.$id('l1').visible()).toBe(true);
  });
});
