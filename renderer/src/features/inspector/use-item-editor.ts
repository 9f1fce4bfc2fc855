import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Entity, Link, PropertyDefinition } from '../../../../graph-schema/model';
import { fieldErrors, toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import type { Command } from '../../stores/history-slice';
import {
  changedFields,
  draftFromRecord,
  draftValues,
  type DraftValues,
  type ItemDraft,
} from '../forms/item-draft';
import { currentDraft } from './held-draft';

/**
 * Draft, changes and save for one record; a save is an undoable update command. The draft
 * lives in the store (drafts-slice), not in this component, so selecting another item keeps
 * it until it is saved or reverted.
 */
export function useItemEditor<R extends Entity | Link>(
  record: R,
  defs: readonly PropertyDefinition[],
  makeCommand: (before: R, patch: Partial<DraftValues>, reason?: string) => Command,
) {
  const held = useAppStore((s) => s.itemDrafts[record.id]);
  const holdDraft = useAppStore((s) => s.holdDraft);
  const dropDraft = useAppStore((s) => s.dropDraft);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  /** Why, for the case history: optional, kept until this item is saved or reverted. */
  const [reason, setReason] = useState('');
  const execute = useAppStore((s) => s.execute);
  const draft = useMemo(() => currentDraft(held, record), [held, record]);
  const patch = changedFields(record, draftValues(draft, defs));
  const dirty = Object.keys(patch).length > 0;

  const setDraft = (next: ItemDraft) => {
    const changed = Object.keys(changedFields(record, draftValues(next, defs))).length > 0;
    if (!changed) {
      dropDraft(record.id);
      return;
    }
    holdDraft(record.id, {
      kind: 'source' in record ? 'link' : 'entity',
      label: record.label,
      base: draftFromRecord(record),
      draft: next,
      baseVersion: record.updatedAt,
    });
  };

  const save = async () => {
    if (!dirty || saving) return;
    setSaving(true);
    setError(null);
    try {
      await execute(makeCommand(record, patch, reason.trim() || undefined));
      // Only the draft that was saved: fields typed while it saved stay held (drafts-slice).
      dropDraft(record.id, held);
      setReason('');
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setSaving(false);
    }
  };

  const errors = fieldErrors(error);
  const shown = new Set([
    'label',
    'aliases',
    'notes',
    'validFrom',
    'validTo',
    ...defs.map((d) => `props.${d.name}`),
  ]);
  const unplaced = error && Object.keys(errors).every((f) => !shown.has(f)) ? error : null;
  const revert = () => {
    dropDraft(record.id);
    setError(null);
    setReason('');
  };
  /** Ctrl+S or Ctrl+Enter anywhere in the form saves this item (never the chart, nor the page). */
  const onKeyDown = (event: KeyboardEvent) => {
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (!ctrl || !((key === 's' && !event.shiftKey) || key === 'enter')) return;
    event.preventDefault();
    void save();
  };
  return { draft, setDraft, errors, unplaced, dirty, saving, save, revert, onKeyDown, reason, setReason };
}
