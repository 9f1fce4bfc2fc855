import { describe, expect, it } from 'vitest';
import {
  commonProperties,
  editCount,
  multiChanges,
  shared,
  sharedProp,
  type SelectedItem,
} from '../../../../../../renderer/src/features/inspector/multi-edit';
import { entity, link } from '../../fake-api';
import { index } from '../import/schema-fixture';

const person = (id: string, props: Record<string, string | number> = {}): SelectedItem => ({
  kind: 'entity',
  record: { ...entity(id, id, 'Person'), props },
});
const company = (id: string): SelectedItem => ({ kind: 'entity', record: entity(id, id, 'Company') });

describe('multi-edit fields', () => {
  it('shows a value all items hold, else mixed', () => {
    expect(shared(['probable', 'probable'])).toEqual({ mixed: false, value: 'probable' });
    expect(shared(['probable', 'doubtful'])).toEqual({ mixed: true });
    expect(sharedProp([person('a', { nationality: 'CN' }), person('b')], 'nationality')).toEqual({
      mixed: true,
    });
    expect(
      sharedProp([person('a', { nationality: 'CN' }), person('b', { nationality: 'CN' })], 'nationality'),
    ).toEqual({ mixed: false, value: 'CN' });
  });

  it('offers only the properties every selected type has', () => {
    expect(commonProperties([person('a'), person('b')], index).map((d) => d.name)).toContain('nationality');
    expect(commonProperties([person('a'), company('b')], index)).toEqual([]);
    const org: SelectedItem = { kind: 'entity', record: entity('o', 'o', 'Organization') };
    const place: SelectedItem = { kind: 'entity', record: entity('l', 'l', 'Location') };
    expect(commonProperties([org, place], index).map((d) => d.name)).toEqual(['country']);
    // Entities and links together share only the grading fields.
    expect(commonProperties([person('a'), { kind: 'link', record: link('l1', 'a', 'b') }], index)).toEqual(
      [],
    );
  });

  it('patches only what differs per item, and nothing for items already so', () => {
    const items = [person('a', { nationality: 'CN', title: 'Dr' }), person('b'), person('c')];
    (items[2]!.record as { confidence: string }).confidence = 'confirmed';
    const defs = commonProperties(items, index);
    const edits = { confidence: 'confirmed' as const, props: { nationality: 'JP' } };
    expect(editCount(edits)).toBe(2);
    const changes = multiChanges(items, edits, defs);
    expect(changes.map((c) => [c.before.id, c.patch])).toEqual([
      ['a', { confidence: 'confirmed', props: { nationality: 'JP', title: 'Dr' } }],
      ['b', { confidence: 'confirmed', props: { nationality: 'JP' } }],
      ['c', { props: { nationality: 'JP' } }],
    ]);
    expect(multiChanges(items, { props: {} }, defs)).toEqual([]);
  });

  it("clears a property set to '' and turns numbers typed as text into numbers", () => {
    const located = (id: string, props: Record<string, number | string>): SelectedItem => ({
      kind: 'entity',
      record: { ...entity(id, id, 'Location'), props },
    });
    const items = [located('x', { latitude: 1, country: 'CN' }), located('y', { country: 'JP' })];
    const defs = commonProperties(items, index);
    const changes = multiChanges(items, { props: { latitude: '35.5', country: '' } }, defs);
    expect(changes.map((c) => c.patch)).toEqual([
      { props: { latitude: 35.5 } },
      { props: { latitude: 35.5 } },
    ]);
  });
});
