import type { SearchHit } from '../../../graph-schema/model';
import { api } from '../bridge';
import { i18n } from '../i18n';
import { toAppError, type AppError } from './app-error';
import type { SliceCreator } from './app-state';

export const SEARCH_LIMIT = 20;
/** The key of the one toast a failing search keeps up to date (see UiSlice.notify). */
export const SEARCH_TOAST = 'search';

export interface SearchSlice {
  searchText: string;
  searchHits: SearchHit[];
  searchLoading: boolean;
  /**
   * Why the last search failed, until one succeeds: the box shows it failed, and one toast
   * (key SEARCH_TOAST) says why, however many keystrokes fail alike.
   */
  searchError: AppError | null;
  setSearchText(text: string): void;
  /** Searches for the current text; an answer to an older text is dropped. */
  runSearch(): Promise<void>;
  clearSearch(): void;
  /** A one-off search for pickers (link ends, path targets) that leaves the search box alone. */
  lookupEntities(text: string, limit?: number): Promise<SearchHit[]>;
}

export const initialSearch: Pick<SearchSlice, 'searchText' | 'searchHits' | 'searchLoading' | 'searchError'> =
  {
    searchText: '',
    searchHits: [],
    searchLoading: false,
    searchError: null,
  };

export const createSearchSlice: SliceCreator<SearchSlice> = (set, get) => ({
  ...initialSearch,

  setSearchText: (searchText) => set({ searchText, searchLoading: searchText.trim() !== '' }),

  runSearch: async () => {
    const text = get().searchText;
    if (text.trim() === '') {
      set({ searchHits: [], searchLoading: false, searchError: null });
      return;
    }
    set({ searchLoading: true });
    try {
      const { hits } = await api.search({ text, limit: SEARCH_LIMIT });
      if (get().searchText !== text) return;
      set({ searchHits: hits, searchLoading: false, searchError: null });
      // Search works again: the toast that said it failed would now mislead.
      const stale = get().toasts.find((t) => t.key === SEARCH_TOAST);
      if (stale) get().dismissToast(stale.id);
    } catch (error) {
      if (get().searchText !== text) return;
      set({ searchHits: [], searchLoading: false, searchError: toAppError(error) });
      get().reportFailure(i18n.t('stores:search'), error, SEARCH_TOAST);
    }
  },

  clearSearch: () => set({ ...initialSearch }),

  lookupEntities: async (text, limit = 10) => {
    if (text.trim() === '') return [];
    const { hits } = await api.search({ text, limit });
    return hits;
  },
});
