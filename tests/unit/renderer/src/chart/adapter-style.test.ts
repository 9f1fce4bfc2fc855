import { afterEach, describe, expect, it } from 'vitest';
import { ChartStyle, type ChartStyleInput } from '../../../../../graph-schema/chart/style-spec';
import { evaluateStyle } from '../../../../../graph-schema/chart/style-rules';
import { iconImage } from '../../../../../renderer/src/chart/icons';
import { adding, builtinSchema, emptyDiff, entity, link } from './chart-fixtures';
import { destroyCharts, makeChart, settle, smallCase } from './chart-harness';

afterEach(destroyCharts);

const style = (input: ChartStyleInput = {}) => ChartStyle.parse(input);
/** '#3B82C4' as Cytoscape reports a colour: 'rgb(59,130,196)'. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

/** Three links between p1 and p2 (two one way, one back) and one to p3. */
function parallelCase() {
  return adding(
    [entity('p1'), entity('p2'), entity('p3')],
    [
      link('a', 'p1', 'p2', 'ASSOCIATE_OF', { confidence: 'possible' }),
      link('b', 'p2', 'p1', 'ASSOCIATE_OF', { confidence: 'confirmed' }),
      link('c', 'p1', 'p2', 'EMPLOYED_BY', { confidence: 'probable' }),
      link('d', 'p2', 'p3'),
    ],
  );
}

describe('setStyle', () => {
  it('keeps the type colour until a style is set, then draws the looks', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    const p1 = cy.getElementById('p1');
    expect(p1.style('background-color')).toBe('rgb(59,130,196)');
    adapter.setStyle(
      style({
        nodeRules: [
          {
            id: 'r',
            label: '',
            when: { field: 'type', op: 'is', value: 'Person' },
            color: '#FF0000',
            size: 60,
            shape: 'diamond',
            borderColor: '#00FF00',
            borderWidth: 4,
          },
        ],
      }),
    );
    expect(p1.style('background-color')).toBe('rgb(255,0,0)');
    expect(p1.style('shape')).toBe('diamond');
    expect(p1.style('width')).toBe('60px');
    expect(p1.style('border-width')).toBe('4px');
    expect(cy.getElementById('c1').style('background-color')).toBe('rgb(46,139,110)');
  });

  it('draws each element as its look says, a plain look through the type rules alone', () => {
    const { adapter, cy, options } = makeChart();
    const diff = adding(
      [...smallCase().addEntities, entity('u1', 'NoSuchType')],
      [...smallCase().addLinks, link('l5', 'u1', 'p1')],
    );
    adapter.apply(diff);
    const chosen = style({
      nodeRules: [{ id: 'r', label: '', when: { field: 'label', op: 'is', value: 'Label p2' }, size: 50 }],
      linkRules: [
        { id: 'k', label: '', when: { field: 'confidence', op: 'is', value: 'probable' }, width: 4 },
      ],
    });
    // Back and forth: a look dropped must leave the element as the type rules draw it.
    for (const next of [style(), chosen, style({ linkLabel: 'none' }), chosen]) {
      adapter.setStyle(next);
      const looks = evaluateStyle({
        schema: options.schema,
        style: next,
        entities: diff.addEntities,
        links: diff.addLinks,
      });
      for (const [id, look] of looks.nodes) {
        const node = cy.getElementById(id);
        expect(node.style('background-color')).toBe(rgb(look.color));
        expect(node.style('width')).toBe(`${look.size}px`);
        expect(node.style('border-color')).toBe(rgb(look.borderColor));
        expect(node.style('border-width')).toBe(`${look.borderWidth}px`);
        expect(node.style('shape')).toBe(look.shape);
        expect(node.style('background-image')).toBe(iconImage(look.icon, look.glyph));
      }
      for (const [id, look] of looks.links) {
        const edge = cy.getElementById(id);
        expect(edge.style('line-color')).toBe(rgb(look.color));
        expect(edge.style('width')).toBe(`${look.width}px`);
        expect(edge.style('target-arrow-shape')).toBe(look.arrow ? 'triangle' : 'none');
        expect(edge.style('label')).toBe(look.label);
      }
    }
    // Only p2's size and l2's width differ from the type rules: nothing else carries a look.
    expect(cy.nodes('[lookColor]').map((n) => n.id())).toEqual(['p2']);
    expect(cy.edges('[lookColor]').map((e) => e.id())).toEqual(['l2']);
  });

  it('re-evaluates when the data changes', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    adapter.setStyle(style({ sizeBy: 'measure.degree', sizeRange: [20, 80] }));
    expect(cy.getElementById('p1').style('width')).toBe('80px');
    expect(cy.getElementById('c1').style('width')).toBe('20px');
    // c1 gains three links and becomes the hub.
    adapter.apply(
      adding(
        [entity('x1'), entity('x2'), entity('x3')],
        [link('m1', 'x1', 'c1'), link('m2', 'x2', 'c1'), link('m3', 'x3', 'c1')],
      ),
    );
    expect(cy.getElementById('c1').style('width')).toBe('80px');
  });

  it('turns arrows off and labels links by a field', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    const l1 = cy.getElementById('l1');
    expect(l1.style('target-arrow-shape')).toBe('triangle');
    adapter.setStyle(style({ arrows: false, linkLabel: 'confidence' }));
    expect(l1.style('target-arrow-shape')).toBe('none');
    expect(l1.style('label')).toBe('confirmed');
  });

  it('still shows selection and highlight over a styled element', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    adapter.setStyle(
      style({ linkRules: [{ id: 'r', label: '', when: { field: 'type', op: 'exists' }, color: '#FF0000' }] }),
    );
    adapter.highlight({ entities: [], links: ['l1'] });
    expect(cy.getElementById('l1').style('line-color')).toBe('rgb(251,179,96)');
  });
});

describe('merged parallel links', () => {
  it('hides the members and draws one line with the count', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(parallelCase());
    adapter.setStyle(style({ mergeParallel: true }));
    const merged = cy.edges('.merged');
    expect(merged).toHaveLength(1);
    expect(merged.style('label')).toBe('3 links');
    expect(merged.style('line-style')).toBe('solid');
    for (const id of ['a', 'b', 'c']) expect(cy.getElementById(id).style('display')).toBe('none');
    expect(cy.getElementById('d').style('display')).toBe('element');
  });

  it('selecting the merged line reports its members; setting them selects it', async () => {
    const { adapter, cy, options } = makeChart();
    adapter.apply(parallelCase());
    adapter.setStyle(style({ mergeParallel: true }));
    cy.edges('.merged').select();
    await settle();
    expect(options.onSelectionChange).toHaveBeenLastCalledWith({ entities: [], links: ['a', 'b', 'c'] });
    cy.elements().unselect();
    adapter.setSelection({ entities: [], links: ['b'] });
    expect(cy.edges('.merged').first().selected()).toBe(true);
  });

  it('follows data changes and comes apart when merging is turned off', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(parallelCase());
    adapter.setStyle(style({ mergeParallel: true }));
    adapter.apply({ ...emptyDiff(), removeLinkIds: ['a', 'b'] });
    expect(cy.edges('.merged')).toHaveLength(0);
    expect(cy.getElementById('c').style('display')).toBe('element');
    adapter.apply(adding([], [link('e', 'p2', 'p3')]));
    expect(cy.edges('.merged').style('label')).toBe('2 links');
    adapter.setStyle(style({ mergeParallel: false }));
    expect(cy.edges('.merged')).toHaveLength(0);
    expect(cy.edges(':visible')).toHaveLength(3);
  });
});

describe('layouts and pinned nodes', () => {
  it.each(['force', 'circle', 'concentric', 'grid'] as const)(
    '%s keeps a locked node in place',
    async (name) => {
      const { adapter, cy } = makeChart();
      adapter.apply(smallCase());
      await adapter.runLayout('grid');
      const c1 = cy.getElementById('c1');
      c1.lock();
      const before = { ...c1.position() };
      await adapter.runLayout(name);
      expect(c1.position()).toEqual(before);
    },
  );

  it('concentric puts the best-connected node in the middle', async () => {
    const { adapter } = makeChart();
    adapter.apply(smallCase());
    await adapter.runLayout('concentric');
    const p = adapter.positions();
    const centre = (['p1', 'p2', 'p3', 'c1'] as const).map((id) => p[id] ?? { x: 0, y: 0 });
    const cx = centre.reduce((s, q) => s + q.x, 0) / 4;
    const cy = centre.reduce((s, q) => s + q.y, 0) / 4;
    const dist = (id: string) => Math.hypot((p[id]?.x ?? 0) - cx, (p[id]?.y ?? 0) - cy);
    expect(dist('p1')).toBeLessThan(dist('c1'));
  });
});

describe('setTheme', () => {
  it('redraws labels and selection for the light theme; fills, icons and places stay', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    const p1 = cy.getElementById('p1');
    const before = { ...p1.position() };
    expect(p1.style('color')).toBe('rgb(246,247,249)');
    adapter.setTheme('light');
    expect(p1.style('color')).toBe('rgb(28,33,39)');
    expect(p1.style('text-background-color')).toBe('rgb(246,247,249)');
    expect(p1.style('background-color')).toBe('rgb(59,130,196)');
    expect(p1.position()).toEqual(before);
    adapter.setTheme('dark');
    expect(p1.style('color')).toBe('rgb(246,247,249)');
  });
});

describe('icon colour', () => {
  const iconOf = (type: string) => builtinSchema().entityTypes.find((t) => t.name === type)?.icon ?? '';

  it('is dark on a yellow fill and white on the type colours, as exports draw it', () => {
    const { adapter, cy } = makeChart();
    adapter.apply(smallCase());
    expect(cy.getElementById('p1').style('background-image')).toBe(iconImage(iconOf('Person'), '#FFFFFF'));
    adapter.setStyle(
      style({
        nodeRules: [
          { id: 'y', label: '', when: { field: 'type', op: 'is', value: 'Person' }, color: '#F0E442' },
        ],
      }),
    );
    expect(cy.getElementById('p1').style('background-image')).toBe(iconImage(iconOf('Person'), '#1C2127'));
    expect(cy.getElementById('c1').style('background-image')).toBe(iconImage(iconOf('Company'), '#FFFFFF'));
  });
});
