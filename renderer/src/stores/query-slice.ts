import { api } from '../bridge';
import { toAppError } from './app-error';
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
}

export const initialQuery: Pick<QuerySlice, 'slowQuery' | 'cancelling'> = {
  slowQuery: false,
  cancelling: false,
};

export const createQuerySlice: SliceCreator<QuerySlice> = (set, get) => ({
  ...initialQuery,
  setSlowQuery: (slowQuery) => set({ slowQuery }),
  cancelQueries: async () => {
    if (get().cancelling) return;
    set({ cancelling: true });
    try {
      await api.cancelQueries({});
    } catch (error) {
      get().notify(`Cancel failed: ${toAppError(error).message}`, 'danger');
    } finally {
      set({ cancelling: false });
    }
  },
});
