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
    state.notify(`Chart “${saved.name}” saved`, 'success');
  } catch (error) {
    state.reportFailure('Saving the chart', error);
  }
}

/** Ctrl+G: a titled group of the selected entities (asks for the title). */
export function groupSelection(): void {
  const state = useAppStore.getState();
  if (state.selection.entities.length === 0) {
    state.notify('Select the entities to group first', 'none');
    return;
  }
  state.openDialog({ kind: 'groupSelection' });
}

/** Starts a new, empty chart (asking first about unsaved work); the case's data stays as it is. */
export function newChart(): Promise<void> {
  return leaveWork('start a new chart', () => useAppStore.getState().newChart());
}
