import type { Entity, Link } from '../../../../graph-schema/model';
import type { HeldDraft } from '../../stores/drafts-slice';
import { draftFromRecord, type ItemDraft } from '../forms/item-draft';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The analyst's changes (draft against base) laid over a newer record: a field they did not
 * touch shows the record's new value, so saving never puts back what an undo or an import
 * changed meanwhile. Properties count one by one.
 */
export function rebaseDraft(base: ItemDraft, draft: ItemDraft, next: ItemDraft): ItemDraft {
  const out: ItemDraft = { ...next, props: { ...next.props } };
  for (const key of Object.keys(draft) as (keyof ItemDraft)[]) {
    if (key === 'props' || same(base[key], draft[key])) continue;
    (out as unknown as Record<string, unknown>)[key] = draft[key];
  }
  const names = new Set([...Object.keys(base.props), ...Object.keys(draft.props)]);
  for (const name of names) {
    if (same(base.props[name], draft.props[name])) continue;
    const value = draft.props[name];
    if (value === undefined) delete out.props[name];
    else out.props[name] = value;
  }
  return out;
}

/** What the form shows for a record: its held draft (rebased when the record moved on), else the record. */
export function currentDraft(held: HeldDraft | undefined, record: Entity | Link): ItemDraft {
  const fresh = draftFromRecord(record);
  if (!held) return fresh;
  return held.baseVersion === record.updatedAt ? held.draft : rebaseDraft(held.base, held.draft, fresh);
}
