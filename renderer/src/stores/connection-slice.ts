import type {
  CaseInfo,
  ConnectionInput,
  ConnectionTest,
  SaveConnectionRequest,
  SavedConnection,
} from '../../../graph-schema/contract';
import { api } from '../bridge';
import { i18n } from '../i18n';
import { toAppError, type AppError } from './app-error';
import type { AppState, SliceCreator } from './app-state';

/** What opening a connection came to; the start screen asks the user for what is missing. */
export type OpenOutcome =
  | { kind: 'opened' }
  /** The database lacks Plexus's constraints and indexes: ask before creating them. */
  | { kind: 'needs-schema'; message: string }
  /** No password kept, or the server refused it: ask for one. */
  | { kind: 'needs-password'; message: string }
  | { kind: 'failed'; error: AppError };

export interface OpenOptions {
  password?: string;
  prepareSchema?: boolean;
}

export interface ConnectionSlice {
  connections: SavedConnection[];
  connectionsError: AppError | null;
  /** The saved connection the open store came from: its address, database and read-only flag. */
  activeConnection: SavedConnection | null;
  loadConnections(): Promise<void>;
  /** Saves and re-lists; rethrows a refusal so the form can show its field messages. */
  saveConnection(request: SaveConnectionRequest): Promise<SavedConnection>;
  deleteConnection(id: string): Promise<void>;
  /** `savedId`: a saved connection being edited, whose stored password an empty field stands for. */
  testConnection(connection: ConnectionInput, savedId?: string): Promise<ConnectionTest>;
  openConnection(id: string, options?: OpenOptions): Promise<OpenOutcome>;
}

export const initialConnection: Pick<
  ConnectionSlice,
  'connections' | 'connectionsError' | 'activeConnection'
> = {
  connections: [],
  connectionsError: null,
  activeConnection: null,
};

/** The status bar reads the address and database from the saved connection a store came from. */
export function connectionFor(info: CaseInfo, connections: SavedConnection[]): SavedConnection | null {
  if (info.store.kind !== 'neo4j') return null;
  // The backend names a server store "<uri>/<database>".
  const { location } = info.store;
  return connections.find((c) => location === `${c.uri.replace(/\/+$/, '')}/${c.database}`) ?? null;
}

/** Why editing is off, or null when the open store can be edited. */
export function readOnlyReason(state: Pick<AppState, 'caseInfo'>): string | null {
  const store = state.caseInfo?.store;
  if (!store?.readOnly) return null;
  // A case file another window holds says so; a read-only server connection has no reason of its own.
  return store.readOnlyReason ?? i18n.t('stores:readOnlyConnection');
}

export const createConnectionSlice: SliceCreator<ConnectionSlice> = (set, get) => ({
  ...initialConnection,

  loadConnections: async () => {
    try {
      const connections = await api.listConnections({});
      set({ connections, connectionsError: null });
      const info = get().caseInfo;
      if (info && !get().activeConnection) set({ activeConnection: connectionFor(info, connections) });
    } catch (error) {
      set({ connectionsError: toAppError(error) });
    }
  },

  saveConnection: async (request) => {
    const saved = await api.saveConnection(request);
    await get().loadConnections();
    return saved;
  },

  deleteConnection: async (id) => {
    try {
      await api.deleteConnection({ id });
    } catch (error) {
      get().reportFailure(i18n.t('stores:deleteConnection'), error);
    }
    await get().loadConnections();
  },

  testConnection: (connection, savedId) =>
    api.testConnection(savedId ? { connection, id: savedId } : { connection }),

  openConnection: async (id, options = {}) => {
    const connection = get().connections.find((c) => c.id === id) ?? null;
    try {
      const info = await api.openConnection({
        id,
        ...(options.password ? { password: options.password } : {}),
        prepareSchema: options.prepareSchema ?? false,
      });
      get().enterCase(info);
      set({ activeConnection: connection ?? connectionFor(info, get().connections) });
      return { kind: 'opened' };
    } catch (error) {
      const e = toAppError(error);
      if (e.code === 'SCHEMA_REQUIRED') return { kind: 'needs-schema', message: e.message };
      if (e.code === 'AUTH') return { kind: 'needs-password', message: e.message };
      return { kind: 'failed', error: e };
    }
  },
});
