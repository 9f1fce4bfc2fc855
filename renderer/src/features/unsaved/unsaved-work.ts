import type { AppState } from '../../stores/app-state';
import { useAppStore } from '../../stores/app-store';
import { reachableDrafts } from '../../stores/drafts-slice';
import type { LeaveAction } from '../../stores/ui-slice';
import { hasUnsavedChart } from '../../stores/view-slice';
import { saveHeldDrafts } from '../inspector/save-drafts';
import { i18n } from '../../i18n';

/** The chart or an inspector edit would be lost by leaving now. */
export function hasUnsavedWork(state: AppState): boolean {
  return hasUnsavedChart(state) || reachableDrafts(state).length > 0;
}

/**
 * Every way out of the work on screen (close the case, a new or another chart, closing the
 * window) goes through here: with nothing unsaved it proceeds at once, otherwise it asks
 * Save / Discard / Cancel first. `action` names what was asked for, translated, as the dialog's
 * unsaved:ask puts it (en "close the case", ja 「事件を閉じる」).
 */
export function leaveWork(action: string, proceed: LeaveAction): Promise<void> {
  const state = useAppStore.getState();
  if (!hasUnsavedWork(state)) return Promise.resolve(proceed());
  state.openDialog({ kind: 'unsavedWork', action, proceed });
  return Promise.resolve();
}

/**
 * Save: held item drafts, then the chart, then what was asked for. A chart never saved asks
 * for its name first, as Ctrl+S does, and proceeds from there. Throws when a save fails, and
 * then proceeds with nothing.
 */
export async function saveAndLeave(proceed: LeaveAction): Promise<void> {
  await saveHeldDrafts();
  const state = useAppStore.getState();
  if (hasUnsavedChart(state)) {
    if (!state.openChart) {
      state.openDialog({ kind: 'saveChartAs', then: proceed });
      return;
    }
    const saved = await state.saveView();
    state.notify(i18n.t('unsaved:saved', { name: saved.name }), 'success');
  }
  state.closeDialog();
  await proceed();
}

/** Discard: the drafts go now; the chart's changes go with whatever replaces it. */
export async function discardAndLeave(proceed: LeaveAction): Promise<void> {
  const state = useAppStore.getState();
  state.dropAllDrafts();
  state.closeDialog();
  await proceed();
}
