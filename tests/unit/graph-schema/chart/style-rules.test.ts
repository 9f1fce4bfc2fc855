import { describe, expect, it } from 'vitest';
import { colourDistance, contrastRatio } from '../../../../graph-schema/chart/colour-math';
import {
  CATEGORICAL_PALETTE,
  GLYPH_DARK,
  GLYPH_LIGHT,
  glyphColor,
  LOOK_DEFAULTS,
  NO_VALUE_COLOR,
} from '../../../../graph-schema/chart/palette';
import { evaluateStyle } from '../../../../graph-schema/chart/style-rules';
import { entity, link, schema, style } from './style-fixtures';

const run = (s: Parameters<typeof style>[0], entities = people(), links = ties()) =>
  evaluateStyle({ schema: schema(), style: style(s), entities, links });

function people() {
  return [
    entity('p1', 'Person', { props: { nationality: 'CN' } }),
    entity('p2', 'Person', { props: { nationality: 'RU' } }),
    entity('p3', 'Person', { props: { nationality: 'FR' } }),
    entity('c1', 'Company'),
  ];
}

function ties() {
  return [
    link('l1', 'p1', 'c1', { type: 'EMPLOYED_BY', label: 'boss', confidence: 'confirmed' }),
    link('l2', 'p1', 'p2', { confidence: 'probable' }),
    link('l3', 'p2', 'p3', { confidence: 'possible' }),
  ];
}

describe('evaluateStyle: nodes', () => {
  it('keeps the type colour, icon and default size with the default style', () => {
    const { nodes } = run({});
    expect(nodes.get('p1')).toEqual({
      color: '#3B82C4',
      size: LOOK_DEFAULTS.nodeSize,
      borderColor: LOOK_DEFAULTS.nodeBorder,
      borderWidth: LOOK_DEFAULTS.nodeBorderWidth,
      shape: 'ellipse',
      icon: 'user',
      glyph: '#FFFFFF',
    });
    expect(nodes.get('c1')?.icon).toBe('building-2');
  });

  it('colours by a property from the palette, in a stable order; types without it keep their colour', () => {
    const { nodes } = run({ colorBy: 'props.nationality' });
    const company = schema().entityTypes.find((t) => t.name === 'Company')?.color ?? '';
    // The palette less the greens that read as the Company's own colour (drawn beside them).
    const palette = CATEGORICAL_PALETTE.filter((c) => colourDistance(c, company) >= 25);
    expect(palette.length).toBeLessThan(CATEGORICAL_PALETTE.length);
    expect(nodes.get('p1')?.color).toBe(palette[0]);
    expect(nodes.get('p2')?.color).toBe(palette[2]);
    expect(nodes.get('p3')?.color).toBe(palette[1]);
    // A company has no nationality field: it stays company-coloured, not "no value".
    expect(nodes.get('c1')?.color).toBe(company);
    expect(nodes.get('c1')?.color).not.toBe(NO_VALUE_COLOR);
  });

  it('never gives a value the look of a type colour on the chart, for any of the schema types', () => {
    const types = schema().entityTypes.filter((t) => t.name !== 'Person');
    const entities = [
      ...['CN', 'RU', 'FR', 'JP', 'KR', 'US', 'DE', 'GB', 'SE', 'NO'].map((n, i) =>
        entity(`p${i}`, 'Person', { props: { nationality: n } }),
      ),
      ...types.map((t) => entity(`t-${t.name}`, t.name)),
    ];
    const { nodes, legend } = run({ colorBy: 'props.nationality' }, entities, []);
    const valueColours = new Set(
      entities.filter((e) => e.type === 'Person').map((e) => nodes.get(e.id)?.color),
    );
    expect(valueColours.size).toBeGreaterThan(5);
    for (const colour of valueColours)
      for (const type of types) expect(colourDistance(colour ?? '', type.color)).toBeGreaterThanOrEqual(25);
    // The legend says the same as the chart.
    const legendColours = legend.flatMap((item) => (item.kind === 'node' ? [item.fill] : []));
    for (const colour of valueColours) expect(legendColours).toContain(colour);
  });

  it('draws each icon in a colour that reads on its fill: dark on yellow, white on the type colours', () => {
    const yellow = '#F0E442';
    const { nodes } = run({
      nodeRules: [{ id: 'y', label: '', when: { field: 'type', op: 'is', value: 'Company' }, color: yellow }],
    });
    expect(nodes.get('c1')?.glyph).toBe(GLYPH_DARK);
    expect(contrastRatio(yellow, GLYPH_DARK)).toBeGreaterThanOrEqual(3);
    for (const type of schema().entityTypes) {
      expect(glyphColor(type.color)).toBe(GLYPH_LIGHT);
      expect(contrastRatio(type.color, GLYPH_LIGHT)).toBeGreaterThanOrEqual(3);
    }
  });

  it('sizes by degree between the size range', () => {
    const { nodes } = run({ sizeBy: 'measure.degree', sizeRange: [20, 60] });
    // degrees: p1 2, p2 2, p3 1, c1 1
    expect(nodes.get('p1')?.size).toBe(60);
    expect(nodes.get('p3')?.size).toBe(20);
  });

  it('applies rules in order, a later rule winning what it sets', () => {
    const { nodes } = run({
      nodeRules: [
        {
          id: 'a',
          label: '',
          when: { field: 'props.nationality', op: 'is', value: 'CN' },
          color: '#FF0000',
          size: 50,
        },
        {
          id: 'b',
          label: '',
          when: { field: 'type', op: 'is', value: 'Person' },
          color: '#00FF00',
          shape: 'diamond',
        },
      ],
    });
    expect(nodes.get('p1')).toMatchObject({ color: '#00FF00', size: 50, shape: 'diamond' });
    expect(nodes.get('p3')).toMatchObject({ size: LOOK_DEFAULTS.nodeSize });
    expect(nodes.get('p2')).toMatchObject({ size: LOOK_DEFAULTS.nodeSize, shape: 'diamond' });
    expect(nodes.get('c1')).toMatchObject({ color: '#2E8B6E', shape: 'ellipse' });
  });

  it('reads numbers typed as text and compares them numerically', () => {
    const entities = [
      entity('a', 'Company', { props: { employees: '1,200' } }),
      entity('b', 'Company', { props: { employees: 90 } }),
    ];
    const { nodes } = run(
      {
        nodeRules: [
          {
            id: 'big',
            label: 'Big',
            when: { field: 'props.employees', op: 'atLeast', value: 1000 },
            borderWidth: 4,
          },
        ],
      },
      entities,
      [],
    );
    expect(nodes.get('a')?.borderWidth).toBe(4);
    expect(nodes.get('b')?.borderWidth).toBe(1);
  });

  it('supports isNot, in and exists', () => {
    const rule = (op: 'isNot' | 'in' | 'exists', value?: string | string[]) =>
      run({
        nodeRules: [
          { id: 'r', label: '', when: { field: 'props.nationality', op, value }, color: '#123456' },
        ],
      }).nodes;
    const colored = (m: ReturnType<typeof rule>) =>
      [...m].filter(([, l]) => l.color === '#123456').map(([id]) => id);
    expect(colored(rule('isNot', 'cn'))).toEqual(['p2', 'p3', 'c1']);
    expect(colored(rule('in', ['ru', 'XX']))).toEqual(['p2']);
    expect(colored(rule('exists'))).toEqual(['p1', 'p2', 'p3']);
  });

  it('rules can read betweenness', () => {
    const { nodes } = run({
      nodeRules: [
        {
          id: 'b',
          label: '',
          when: { field: 'measure.betweenness', op: 'atLeast', value: 1 },
          color: '#ABCDEF',
        },
      ],
    });
    // p1 sits between c1 and p2/p3; p2 between p1 and p3.
    expect(nodes.get('p1')?.color).toBe('#ABCDEF');
    expect(nodes.get('c1')?.color).not.toBe('#ABCDEF');
  });
});

describe('evaluateStyle: links', () => {
  it('draws dash by confidence, arrows on directed types, the type label', () => {
    const { links } = run({});
    expect(links.get('l1')).toEqual({
      color: LOOK_DEFAULTS.linkColor,
      width: 1.5,
      dash: 'solid',
      label: 'employed by',
      arrow: true,
    });
    expect(links.get('l2')).toMatchObject({ dash: 'dashed', arrow: false });
    expect(links.get('l3')).toMatchObject({ dash: 'dotted' });
  });

  it('turns arrows off, labels by a field or not at all', () => {
    expect(run({ arrows: false }).links.get('l1')?.arrow).toBe(false);
    expect(run({ linkLabel: 'none' }).links.get('l1')?.label).toBe('');
    expect(run({ linkLabel: 'label' }).links.get('l1')?.label).toBe('boss');
  });

  it('sets width by amount, numbers as text included, missing at the thinnest', () => {
    const entities = [entity('a'), entity('b'), entity('c')];
    const paid = { type: 'PAID' };
    const links = [
      link('x', 'a', 'b', { ...paid, props: { amount: 100 } }),
      link('y', 'b', 'c', { ...paid, props: { amount: '1,100' } }),
      link('z', 'a', 'c', paid),
    ];
    const out = run({ linkWidthBy: 'props.amount' }, entities, links);
    expect(out.links.get('x')?.width).toBe(1);
    expect(out.links.get('y')?.width).toBe(8);
    expect(out.links.get('z')?.width).toBe(1);
    expect(out.legend).toContainEqual(
      expect.objectContaining({ kind: 'link', label: 'Width by Amount: 100 to 1,100' }),
    );
  });

  it('skips links whose ends are not on the chart', () => {
    expect(run({}, [entity('p1')]).links.size).toBe(0);
  });

  it('applies link rules', () => {
    const { links } = run({
      linkRules: [
        {
          id: 'w',
          label: '',
          when: { field: 'type', op: 'is', value: 'EMPLOYED_BY' },
          color: '#FF00FF',
          width: 5,
        },
      ],
    });
    expect(links.get('l1')).toMatchObject({ color: '#FF00FF', width: 5 });
    expect(links.get('l2')?.width).toBe(1.5);
  });
});

describe('evaluateStyle: merged parallel links', () => {
  const entities = [entity('a'), entity('b'), entity('c')];
  const links = [
    link('x', 'a', 'b', { confidence: 'possible' }),
    link('y', 'b', 'a', { confidence: 'confirmed' }),
    link('z', 'a', 'b', { confidence: 'probable' }),
    link('w', 'b', 'c'),
  ];

  it('merges two or more links between a pair, either way round, into one with a count', () => {
    const { merged } = run({ mergeParallel: true }, entities, links);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ source: 'a', target: 'b', members: ['x', 'y', 'z'] });
    expect(merged[0]?.look).toMatchObject({ label: '3 links', dash: 'solid', arrow: false });
  });

  it('merges nothing when off', () => {
    expect(run({}, entities, links).merged).toEqual([]);
  });
});
