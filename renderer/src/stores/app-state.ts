import type { StateCreator } from 'zustand';
import type { ChartSlice } from './chart-slice';
import type { ChartsSlice } from './charts-slice';
import type { ConnectionSlice } from './connection-slice';
import type { DraftsSlice } from './drafts-slice';
import type { HistorySlice } from './history-slice';
import type { IoSlice } from './io-slice';
import type { QuerySlice } from './query-slice';
import type { SearchSlice } from './search-slice';
import type { SessionSlice } from './session-slice';
import type { TransferSlice } from './transfer-slice';
import type { UiSlice } from './ui-slice';
import type { ViewSlice } from './view-slice';

export type AppState = SessionSlice &
  ConnectionSlice &
  ChartSlice &
  ChartsSlice &
  DraftsSlice &
  SearchSlice &
  HistorySlice &
  UiSlice &
  QuerySlice &
  TransferSlice &
  IoSlice &
  ViewSlice;

/** Every slice sees the whole state, so actions can reach across slices through get(). */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
