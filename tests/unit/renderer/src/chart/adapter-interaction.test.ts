import { afterEach, describe, expect, it } from 'vitest';
import { emptyDiff } from './chart-fixtures';
import { destroyCharts, makeChart, settle, smallCase } from './chart-harness';

afterEach(destroyCharts);

describe('selection', () => {
  it('does not echo setSelection to onSelectionChange', async () => {
    const { adapter, cy, options } = makeChart();
    adapter.apply(smallCase());
    adapter.setSelection({ entities: ['p1', 'p2'], links: ['l2'] });
    await settle();
    expect(options.onSelectionChange).not.toHaveBeenCalled();
    expect(
      cy
        .$(':selected')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['l2', 'p1', 'p2']);
    expect(adapter.counts().selected).toBe(3);
    adapter.setSelection({ entities: ['p3'], links: [] });
    await settle();
    expect(options.onSelectionChange).not.toHaveBeenCalled();
    expect(cy.$(':selected').map((e) => e.id())).toEqual(['p3']);
  });

  it('reports a user selection once per change', async () => {
    const { adapter, cy, options } = makeChart();
    adapter.apply(smallCase());
    cy.$id('p1').select();
    cy.$id('l1').select();
    await settle();
    expect(options.onSelectionChange).toHaveBeenCalledTimes(1);
    expect(options.onSelectionChange).toHaveBeenCalledWith({ entities: ['p1'], links: ['l1'] });
  });

  it('reports that removing a selected entity changed the selection', async () => {
    const { adapter, options } = makeChart();
    adapter.apply(smallCase());
    adapter.setSelection({ entities: ['p1', 'p2'], links: [] });
    adapter.apply({ ...emptyDiff(), removeEntityIds: ['p2'] });
    await settle();
    expect(options.onSelectionChange).toHaveBeenCalledWith({ entities: ['p1'], links: [] });
  });
});

describe('gestures', () => {
  it('opens a node on double-click', () => {
    const { adapter, cy, options } = makeChart();
    adapter.apply(smallCase());
    cy.$id('p2').emit('dbltap');
    expect(options.onOpen).toHaveBeenCalledWith('p2');
  });

  it('asks for a context menu on an entity, selecting it first', () => {
    const { adapter, cy, options } = makeChart();
    adapter.apply(smallCase());
    adapter.setSelection({ entities: ['p1'], links: [] });
    cy.$id('c1').emit('cxttap');
    expect(options.onContextMenu).toHaveBeenCalledWith({
      x: 0,
      y: 0,
      target: { kind: 'entity', id: 'c1' },
      selection: { entities: ['c1'], links: [] },
    });
    expect(options.onSelectionChange).toHaveBeenCalledWith({ entities: ['c1'], links: [] });
  });

  it('keeps a multiple selection when the right-clicked item is part of it', () => {
    const { adapter, cy, options } = makeChart();
    adapter.apply(smallCase());
    adapter.setSelection({ entities: ['p1', 'p2'], links: ['l2'] });
    cy.$id('l2').emit('cxttap');
    expect(options.onContextMenu).toHaveBeenCalledWith(
      expect.objectContaining({
        target: { kind: 'link', id: 'l2' },
        selection: { entities: ['p1', 'p2'], links: ['l2'] },
      }),
    );
  });

  it('asks for a background context menu', () => {
    const { adapter, cy, options } = makeChart();
    adapter.apply(smallCase());
    cy.emit('cxttap');
    expect(options.onContextMenu).toHaveBeenCalledWith(
      expect.objectContaining({ target: { kind: 'background' }, selection: { entities: [], links: [] } }),
    );
  });
});

describe('pressed', () => {
  it('marks an entity pressed with a faint overlay and a link with none', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    const node = cy.getElementById('p1');
    const edge = cy.getElementById('l1');
    expect(node.style('overlay-opacity')).toBe('0');
    expect(edge.style('overlay-opacity')).toBe('0');
    // What a press does (Cytoscape's activate(), missing from its typings).
    for (const ele of [node, edge]) (ele as unknown as { activate(): void }).activate();
    expect(node.style('overlay-opacity')).toBe('0.12');
    expect(edge.style('overlay-opacity')).toBe('0');
  });
});

describe('highlight', () => {
  it('dims everything but the highlighted path, and clears', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    adapter.highlight({ entities: ['p1', 'c1'], links: ['l1'] });
    expect(
      cy
        .$('.highlighted')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['c1', 'l1', 'p1']);
    expect(
      cy
        .$('.dimmed')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['l2', 'l3', 'l4', 'p2', 'p3']);
    expect(cy.$id('p2').style('opacity')).not.toBe(cy.$id('p1').style('opacity'));
    adapter.highlight(null);
    expect(cy.$('.highlighted, .dimmed').length).toBe(0);
  });
});
