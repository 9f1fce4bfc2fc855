import type { CaseFile, CaseInfo, RecentCase } from '../../../graph-schema/contract';
import { SchemaIndex, type Schema } from '../../../graph-schema/model';
import { api, transportKind, type TransportKind } from '../bridge';
import { toAppError, type AppError } from './app-error';
import type { SliceCreator } from './app-state';
import { initialChart } from './chart-slice';
import { initialCharts } from './charts-slice';
import { initialDrafts } from './drafts-slice';
import { initialHistory } from './history-slice';
import { initialSearch } from './search-slice';
import { initialQuery } from './query-slice';
import { initialUi } from './ui-slice';
import { initialView } from './view-slice';

export interface SessionSlice {
  schema: Schema | null;
  schemaIndex: SchemaIndex | null;
  /**
   * Where this renderer runs: the desktop shell (OS keychain, its own close box) or a browser
   * tab. Features ask the store, never the bridge.
   */
  transport: TransportKind;
  /** The open case, or null on the start screen. */
  caseInfo: CaseInfo | null;
  recentCases: RecentCase[];
  caseFiles: CaseFile[];
  casesDir: string;
  /** The start screen has its lists (or its error). */
  startLoaded: boolean;
  sessionBusy: boolean;
  sessionError: AppError | null;
  /** Loads the schema and the start screen's lists; resumes a case the server still has open. */
  loadStart(): Promise<void>;
  /** Creates a case, encrypted when given a passphrase (sent in this request only, never kept). */
  createCase(path: string, passphrase?: string): Promise<boolean>;
  /** Opens a case; an encrypted one needs its passphrase (features/crypt asks for it). */
  openCase(path: string, passphrase?: string): Promise<boolean>;
  openDemoCase(): Promise<boolean>;
  /**
   * Encrypts, decrypts or re-keys the open case file (the passphrases go in this request
   * only) and shows its new state; throws what the backend answered.
   */
  recryptCase(
    change: 'encrypt' | 'decrypt' | 'change',
    passphrase: string,
    newPassphrase?: string,
  ): Promise<void>;
  closeCase(): Promise<void>;
  refreshCaseInfo(): Promise<void>;
  /** Shows a store that was opened elsewhere (a server connection), with a clean chart. */
  enterCase(caseInfo: CaseInfo): void;
  clearSessionError(): void;
}

export const initialSession: Pick<
  SessionSlice,
  | 'schema'
  | 'schemaIndex'
  | 'transport'
  | 'caseInfo'
  | 'recentCases'
  | 'caseFiles'
  | 'casesDir'
  | 'startLoaded'
  | 'sessionBusy'
  | 'sessionError'
> = {
  schema: null,
  schemaIndex: null,
  // No window in unit tests: they run as a browser tab would.
  transport: typeof window === 'undefined' ? 'browser' : transportKind(window),
  caseInfo: null,
  recentCases: [],
  caseFiles: [],
  casesDir: '',
  startLoaded: false,
  sessionBusy: false,
  sessionError: null,
};

/** Everything that belongs to one open case, cleared whenever a case opens or closes. */
const caseScopedState = {
  ...initialChart,
  ...initialCharts,
  ...initialDrafts,
  ...initialSearch,
  ...initialHistory,
  ...initialUi,
  ...initialQuery,
  ...initialView,
  activeConnection: null,
};

export const createSessionSlice: SliceCreator<SessionSlice> = (set, get) => {
  const openWith = async (open: () => Promise<CaseInfo>): Promise<boolean> => {
    set({ sessionBusy: true, sessionError: null });
    try {
      const caseInfo = await open();
      set({ ...caseScopedState, caseInfo, sessionBusy: false });
      void get().loadCaseCharts();
      return true;
    } catch (error) {
      set({ sessionBusy: false, sessionError: toAppError(error) });
      return false;
    }
  };

  const loadLists = async () => {
    const [recentCases, files] = await Promise.all([api.listRecentCases({}), api.listCaseFiles({})]);
    set({ recentCases, caseFiles: files.files, casesDir: files.dir });
  };

  return {
    ...initialSession,

    loadStart: async () => {
      try {
        const schema = await api.getSchema({});
        set({ schema, schemaIndex: new SchemaIndex(schema) });
        const open = await api.getCaseInfo({});
        if (open) {
          set({ ...caseScopedState, caseInfo: open });
          void get().loadCaseCharts();
        }
        await loadLists();
        // Its own error line: a backend without server support must not block the case files.
        await get().loadConnections();
      } catch (error) {
        set({ sessionError: toAppError(error) });
      }
      set({ startLoaded: true });
    },

    createCase: (path, passphrase) =>
      openWith(() => api.createCase({ path, ...(passphrase ? { passphrase } : {}) })),
    openCase: (path, passphrase) =>
      openWith(() => api.openCase({ path, ...(passphrase ? { passphrase } : {}) })),
    openDemoCase: () => openWith(() => api.openDemoCase({})),

    recryptCase: async (change, passphrase, newPassphrase = '') => {
      const caseInfo =
        change === 'encrypt'
          ? await api.encryptCase({ passphrase })
          : change === 'decrypt'
            ? await api.decryptCase({ passphrase })
            : await api.changeCasePassphrase({ passphrase, newPassphrase });
      set({ caseInfo });
    },

    closeCase: async () => {
      set({ sessionBusy: true });
      try {
        await api.closeCase({});
        set({ ...caseScopedState, caseInfo: null, sessionBusy: false, sessionError: null });
        await loadLists();
      } catch (error) {
        set({ sessionBusy: false, sessionError: toAppError(error) });
      }
    },

    refreshCaseInfo: async () => {
      if (!get().caseInfo) return;
      const caseInfo = await api.getCaseInfo({});
      set({ caseInfo });
    },

    enterCase: (caseInfo) => {
      set({ ...caseScopedState, caseInfo, sessionBusy: false, sessionError: null });
      void get().loadCaseCharts();
    },

    clearSessionError: () => set({ sessionError: null }),
  };
};
