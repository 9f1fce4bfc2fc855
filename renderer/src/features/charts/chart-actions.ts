import { i18n } from '../../i18n';
import { useAppStore } from '../../stores/app-store';
import { leaveWork } from '../unsaved/unsaved-work';

/** Ctrl+S: saves over the open chart, or asks for a name the first time. */
export async function saveChart(): Promise<void> {
  const state = useAppStore.getState();
  if (!state.openChart) {
    state.openDialog({ kind: 'saveChartAs' });
    return;
  }
  try {
    const saved = await state.saveView();
    state.notify(i18n.t('charts:saved', { name: saved.name }), 'success');
  } catch (error) {
    state.reportFailure(i18n.t('charts:savingChart'), error);
  }
}

/** Ctrl+G: a titled group of the selected entities (asks for the title). */
export function groupSelection(): void {
  const state = useAppStore.getState();
  if (state.selection.entities.length === 0) {
    state.notify(i18n.t('charts:selectToGroup'), 'none');
    return;
  }
  state.openDialog({ kind: 'groupSelection' });
}

/** Starts a new, empty chart (asking first about unsaved work); the case's data stays as it is. */
export function newChart(): Promise<void> {
  return leaveWork(i18n.t('charts:startNewChart'), () => useAppStore.getState().newChart());
}
