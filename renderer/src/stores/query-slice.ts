import { DEFAULT_HUB_THRESHOLD } from '../../../graph-schema/model';
import { api } from '../bridge';
import { i18n } from '../i18n';
import { failureMessage } from './app-error';
import type { SliceCreator } from './app-state';

export interface QuerySlice {
  /** A backend request has been running long enough to offer "Cancel query". */
  slowQuery: boolean;
  cancelling: boolean;
  setSlowQuery(slow: boolean): void;
  /**
   * Asks the backend to stop what runs against the open store. The cancelled requests answer
   * CANCELLED themselves, and whoever sent them reports that calmly.
   */
  cancelQueries(): Promise<void>;
  /** Above this many neighbours an expansion asks what to add: a setting, kept on this machine. */
  hubThreshold: number;
  setHubThreshold(threshold: number): void;
}

const HUB_THRESHOLD_KEY = 'plexus.hubThreshold';

/** The analyst's own threshold, or the default where none was set (or storage is unavailable). */
function storedHubThreshold(): number {
  try {
    const stored = Number(globalThis.localStorage?.getItem(HUB_THRESHOLD_KEY));
    return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_HUB_THRESHOLD;
  } catch {
    return DEFAULT_HUB_THRESHOLD;
  }
}

export const initialQuery: Pick<QuerySlice, 'slowQuery' | 'cancelling'> = {
  slowQuery: false,
  cancelling: false,
};

export const createQuerySlice: SliceCreator<QuerySlice> = (set, get) => ({
  ...initialQuery,
  hubThreshold: storedHubThreshold(),
  setHubThreshold: (threshold) => {
    if (!Number.isInteger(threshold) || threshold < 1) return;
    try {
      globalThis.localStorage?.setItem(HUB_THRESHOLD_KEY, String(threshold));
    } catch {
      // Kept for this session only where storage is refused.
    }
    set({ hubThreshold: threshold });
  },
  setSlowQuery: (slowQuery) => set({ slowQuery }),
  cancelQueries: async () => {
    if (get().cancelling) return;
    set({ cancelling: true });
    try {
      await api.cancelQueries({});
    } catch (error) {
      get().notify(failureMessage(i18n.t('stores:cancel'), error), 'danger');
    } finally {
      set({ cancelling: false });
    }
  },
});
