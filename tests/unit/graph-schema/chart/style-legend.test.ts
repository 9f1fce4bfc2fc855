import { describe, expect, it } from 'vitest';
import { CATEGORICAL_PALETTE, NEUTRAL_COLOR } from '../../../../graph-schema/chart/palette';
import { evaluateStyle } from '../../../../graph-schema/chart/style-rules';
import { entity, link, schema, style } from './style-fixtures';

const entities = [
  entity('p1', 'Person', { props: { nationality: 'CN' } }),
  entity('p2', 'Person'),
  entity('c1', 'Company'),
];
const links = [
  link('l1', 'p1', 'c1', { type: 'EMPLOYED_BY', confidence: 'confirmed' }),
  link('l2', 'p1', 'p2', { confidence: 'probable' }),
];
const legend = (input: Parameters<typeof style>[0]) =>
  evaluateStyle({ schema: schema(), style: style(input), entities, links }).legend;
const labels = (input: Parameters<typeof style>[0]) => legend(input).map((i) => i.label);

describe('legend', () => {
  it('lists only the types and line styles in use, in schema order', () => {
    expect(labels({})).toEqual(['Company', 'Person', 'Confirmed link', 'Probable link']);
    expect(legend({})[1]).toEqual({
      kind: 'node',
      label: 'Person',
      fill: '#3B82C4',
      border: '#111418',
      shape: 'ellipse',
      icon: 'user',
    });
  });

  it('adds each colour-by value in use, greys the types it colours and keeps the others', () => {
    const items = legend({ colorBy: 'props.nationality' });
    expect(items.map((i) => i.label)).toEqual([
      'Company',
      'Person',
      'Nationality: CN',
      'Nationality: no value',
      'Confirmed link',
      'Probable link',
    ]);
    // Companies have no nationality: their line keeps the type colour. People are coloured by it.
    expect(items[0]).toMatchObject({ fill: schema().entityTypes.find((t) => t.name === 'Company')?.color });
    expect(items[1]).toMatchObject({ fill: NEUTRAL_COLOR, icon: 'user' });
    expect(items[2]).toMatchObject({ fill: CATEGORICAL_PALETTE[0] });
  });

  it('adds the size range of the measure', () => {
    expect(labels({ sizeBy: 'measure.degree' })).toContain('Size by Degree: 1 to 2');
  });

  it('lists a rule only when it matched, with its label or a description', () => {
    const items = labels({
      nodeRules: [
        { id: 'a', label: '', when: { field: 'props.nationality', op: 'is', value: 'CN' }, color: '#FF0000' },
        {
          id: 'b',
          label: 'Never',
          when: { field: 'props.nationality', op: 'is', value: 'ZZ' },
          color: '#00FF00',
        },
        {
          id: 'c',
          label: 'Big hubs',
          when: { field: 'measure.degree', op: 'atLeast', value: 2 },
          shape: 'diamond',
        },
      ],
      linkRules: [
        {
          id: 'd',
          label: '',
          when: { field: 'type', op: 'in', value: ['EMPLOYED_BY', 'OWNS', 'PAID'] },
          width: 4,
        },
      ],
    });
    expect(items).toContain('Nationality is CN');
    expect(items).toContain('Big hubs');
    expect(items).not.toContain('Never');
    expect(items).toContain('Type is employed by, owns or paid');
  });

  it('mentions merged links only when some were merged', () => {
    expect(labels({ mergeParallel: true })).not.toContain('Parallel links merged (count shown)');
    const twice = [...links, link('l3', 'c1', 'p1', { type: 'OWNS' })];
    const out = evaluateStyle({
      schema: schema(),
      style: style({ mergeParallel: true }),
      entities,
      links: twice,
    });
    expect(out.legend.map((i) => i.label)).toContain('Parallel links merged (count shown)');
  });

  it('reads in Japanese: fields, option values, scales and line styles', () => {
    const ja = (input: Parameters<typeof style>[0], on = entities) =>
      evaluateStyle({
        schema: schema(),
        style: style(input),
        entities: on,
        links,
        language: 'ja',
      }).legend.map((i) => i.label);
    expect(ja({ colorBy: 'props.nationality' })).toEqual([
      '企業',
      '人物',
      '国籍：CN',
      '国籍：値なし',
      '確認済みのリンク',
      '可能性が高いリンク',
    ]);
    const people = [
      entity('p1', 'Person', { props: { gender: 'female' } }),
      entity('p2', 'Person', { props: { gender: 'male' } }),
    ];
    expect(ja({ colorBy: 'props.gender' }, people)).toEqual(
      expect.arrayContaining(['性別：女性', '性別：男性']),
    );
    expect(ja({ sizeBy: 'measure.degree' })).toContain('大きさ：次数（1〜2）');
  });
});
