import type { StateCreator } from 'zustand';
import type { ChartSlice } from './chart-slice';
import type { HistorySlice } from './history-slice';
import type { SearchSlice } from './search-slice';
import type { SessionSlice } from './session-slice';
import type { UiSlice } from './ui-slice';

export type AppState = SessionSlice & ChartSlice & SearchSlice & HistorySlice & UiSlice;

/** Every slice sees the whole state, so actions can reach across slices through get(). */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
