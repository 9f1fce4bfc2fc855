import { useState } from 'react';
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

/** Draft, changes and save for one record; a save is an undoable update command. */
export function useItemEditor<R extends Entity | Link>(
  record: R,
  defs: readonly PropertyDefinition[],
  makeCommand: (before: R, patch: Partial<DraftValues>) => Command,
) {
  const [draft, setDraft] = useState<ItemDraft>(() => draftFromRecord(record));
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const execute = useAppStore((s) => s.execute);
  const patch = changedFields(record, draftValues(draft, defs));
  const dirty = Object.keys(patch).length > 0;

  const save = async () => {
    if (!dirty) return;
    setSaving(true);
    setError(null);
    try {
      await execute(makeCommand(record, patch));
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
    setDraft(draftFromRecord(record));
    setError(null);
  };
  return { draft, setDraft, errors, unplaced, dirty, saving, save, revert };
}
