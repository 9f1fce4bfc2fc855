import { useAppStore } from '../../stores/app-store';

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

/** Starts a new, empty chart; the case's data stays as it is. */
export function newChart(): void {
  const state = useAppStore.getState();
  if (state.viewDirty && Object.keys(state.chart.entities).length > 0) {
    // The analyst may not have saved: say so rather than block with a question.
    state.notify('The previous chart was not saved; Undo cannot bring it back', 'none');
  }
  state.newChart();
}
