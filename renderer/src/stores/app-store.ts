import { create } from 'zustand';
import type { AppState } from './app-state';
import { createChartSlice } from './chart-slice';
import { createChartsSlice } from './charts-slice';
import { createConnectionSlice } from './connection-slice';
import { createDraftsSlice } from './drafts-slice';
import { createHistorySlice } from './history-slice';
import { createIoSlice } from './io-slice';
import { createQuerySlice } from './query-slice';
import { createSearchSlice } from './search-slice';
import { createSessionSlice } from './session-slice';
import { createTransferSlice } from './transfer-slice';
import { createUiSlice } from './ui-slice';
import { createViewSlice } from './view-slice';

/**
 * The one bound store. React reads it through the hook; the chart host listens with
 * useAppStore.subscribe so a large chart never re-renders React.
 */
export const useAppStore = create<AppState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createChartSlice(...a),
  ...createChartsSlice(...a),
  ...createDraftsSlice(...a),
  ...createSearchSlice(...a),
  ...createHistorySlice(...a),
  ...createUiSlice(...a),
  ...createConnectionSlice(...a),
  ...createQuerySlice(...a),
  ...createTransferSlice(...a),
  ...createIoSlice(...a),
  ...createViewSlice(...a),
}));

/** Back to the state of a fresh start (tests). */
export function resetAppStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}
