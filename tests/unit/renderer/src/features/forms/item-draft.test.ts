import { describe, expect, it } from 'vitest';
import type { PropertyDefinition } from '../../../../../../graph-schema/model';
import {
  changedFields,
  draftFromRecord,
  draftValues,
} from '../../../../../../renderer/src/features/forms/item-draft';
import { entity, link } from '../../fake-api';

const defs: PropertyDefinition[] = [
  { name: 'share', label: 'Share (%)', kind: 'number', min: 0, max: 100 },
  { name: 'verified', label: 'Verified', kind: 'boolean' },
  { name: 'sector', label: 'Sector', kind: 'string' },
];

describe('item drafts', () => {
  it('round-trips a record without reporting a change', () => {
    const record = { ...entity('a', 'Acme'), aliases: ['ACME Ltd'], validFrom: '2019', props: { share: 40 } };
    const values = draftValues(draftFromRecord(record), defs);
    expect(changedFields(record, values)).toEqual({});
  });

  it('sends numbers as numbers and leaves text that is not a number for the store to reject', () => {
    const draft = { ...draftFromRecord(entity('a')), props: { share: ' 12.5 ', sector: 'shipping' } };
    expect(draftValues(draft, defs).props).toEqual({ share: 12.5, sector: 'shipping' });
    draft.props.share = 'about half';
    expect(draftValues(draft, defs).props.share).toBe('about half');
  });

  it('turns emptied dates into null and drops emptied properties', () => {
    const record = { ...entity('a'), validTo: '2020-01', props: { sector: 'energy' } };
    const draft = { ...draftFromRecord(record), validTo: '  ', props: { sector: '' } };
    expect(changedFields(record, draftValues(draft, defs))).toEqual({ validTo: null, props: {} });
  });

  it('names only the fields that changed, and never aliases for a link', () => {
    const record = link('l', 'a', 'b');
    const draft = { ...draftFromRecord(record), label: 'met in Oslo', reliability: 'B' as const };
    expect(changedFields(record, draftValues(draft, defs))).toEqual({
      label: 'met in Oslo',
      reliability: 'B',
    });
  });
});
