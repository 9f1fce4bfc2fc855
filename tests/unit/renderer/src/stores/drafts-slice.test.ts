import { beforeEach, describe, expect, it } from 'vitest';
import type { ItemDraft } from '../../../../../renderer/src/features/forms/item-draft';
import type { HeldDraft } from '../../../../../renderer/src/stores/drafts-slice';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';

const store = () => useAppStore.getState();

function held(label: string): HeldDraft {
  const base: ItemDraft = {
    label: 'Ann Holm',
    aliases: [],
    notes: '',
    validFrom: '',
    validTo: '',
    confidence: 'probable',
    reliability: 'F',
    credibility: '6',
    classification: 'UNCLASSIFIED',
    props: {},
  };
  return { kind: 'entity', label: 'Ann Holm', base, draft: { ...base, label }, baseVersion: 'v1' };
}

beforeEach(() => resetAppStore());

describe('held inspector drafts', () => {
  it('drops the draft that was saved', () => {
    const saved = held('Ann Holm-Berg');
    store().holdDraft('p1', saved);
    store().dropDraft('p1', saved);
    expect(store().itemDrafts['p1']).toBeUndefined();
  });

  it('keeps a draft typed while the one before it was being saved', () => {
    const saved = held('Ann Holm-Berg');
    store().holdDraft('p1', saved);
    // The analyst goes on typing before the save comes back.
    const typed = held('Ann Holm-Bergström');
    store().holdDraft('p1', typed);
    store().dropDraft('p1', saved);
    expect(store().itemDrafts['p1']).toBe(typed);
    // Revert still drops whatever is held.
    store().dropDraft('p1');
    expect(store().itemDrafts['p1']).toBeUndefined();
  });
});
