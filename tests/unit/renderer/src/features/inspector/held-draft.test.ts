import { describe, expect, it } from 'vitest';
import { draftFromRecord } from '../../../../../../renderer/src/features/forms/item-draft';
import { currentDraft, rebaseDraft } from '../../../../../../renderer/src/features/inspector/held-draft';
import { entity } from '../../fake-api';

describe('held inspector drafts', () => {
  const record = { ...entity('a', 'Ann'), props: { nationality: 'AR', occupation: 'engineer' } };
  const base = draftFromRecord(record);
  const draft = { ...base, notes: 'Met in Vienna', props: { ...base.props, occupation: 'student' } };
  const held = { kind: 'entity' as const, label: 'Ann', base, draft, baseVersion: record.updatedAt };

  it('shows the draft while the record is the one it started from, else the record', () => {
    expect(currentDraft(held, record)).toBe(draft);
    expect(currentDraft(undefined, record)).toEqual(base);
  });

  it('keeps the analyst’s changed fields over a newer record and takes the rest from it', () => {
    const newer = {
      ...record,
      label: 'Ann B.',
      updatedAt: '2025-01-01T00:00:00Z',
      props: { nationality: 'ZL', occupation: 'engineer' },
    };
    const shown = currentDraft(held, newer);
    expect(shown.label).toBe('Ann B.');
    expect(shown.notes).toBe('Met in Vienna');
    expect(shown.props).toEqual({ nationality: 'ZL', occupation: 'student' });
  });

  it('a property the analyst cleared stays cleared', () => {
    const { occupation: _gone, ...rest } = base.props;
    const cleared = rebaseDraft(base, { ...base, props: rest }, draftFromRecord(record));
    expect(cleared.props).toEqual({ nationality: 'AR' });
  });
});
