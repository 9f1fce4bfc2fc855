import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  ConnectionInput,
  SaveConnectionRequest,
  type ConnectionTest,
  type SavedConnection,
} from '../../../graph-schema/contract/connections';
import { PlexusError, placesFromZod, validationError } from '../../../graph-schema/model/errors';
import type { GraphStore } from '../store/graph-store';
import type { Neo4jConfig } from '../store/neo4j';
import { ConnectionFile, type StoredConnection } from './connection-file';
import type { SecretStore } from './secret-store';

/** The server adapter as the service drives it; app-services binds the real one, tests fake it. */
export interface ServerBackend {
  test(config: Neo4jConfig): Promise<ConnectionTest>;
  open(config: Neo4jConfig, options: { prepareSchema: boolean }): Promise<GraphStore>;
}

export interface ConnectionServiceOptions {
  home: string;
  secrets: SecretStore;
  server: ServerBackend;
}

export interface OpenConnectionOptions {
  /** Used instead of the stored password, and not kept. */
  password?: string | undefined;
  prepareSchema?: boolean | undefined;
}

export interface ConnectionService {
  list(): Promise<SavedConnection[]>;
  /** Adds (no id) or changes a connection. Password: absent keeps the stored one, '' forgets it. */
  save(request: SaveConnectionRequest): Promise<SavedConnection>;
  delete(id: string): Promise<boolean>;
  /** With the id of a saved connection, an empty password falls back to the stored one. */
  test(input: ConnectionInput, savedId?: string): Promise<ConnectionTest>;
  configFor(id: string, passwordOverride?: string): Promise<Neo4jConfig>;
  /** Opens the saved connection as a store; the caller makes it the current one. */
  open(id: string, options?: OpenConnectionOptions): Promise<GraphStore>;
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(placesFromZod(parsed.error));
  return parsed.data;
}

function toConfig(
  connection: Pick<StoredConnection, 'uri' | 'database' | 'user' | 'readOnly'>,
  password: string,
): Neo4jConfig {
  const { uri, database, user, readOnly } = connection;
  return { uri, database, user, password, readOnly };
}

export function createConnectionService(options: ConnectionServiceOptions): ConnectionService {
  const { secrets, server } = options;
  const file = new ConnectionFile(options.home);
  let queue: Promise<unknown> = Promise.resolve();

  /** Saves and deletes read, change and write the file: one at a time, or one would lose the other's change. */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function withPasswordFlag(connection: StoredConnection): Promise<SavedConnection> {
    return { ...connection, hasPassword: (await secrets.get(connection.id)) !== undefined };
  }

  async function find(id: string): Promise<StoredConnection> {
    const found = (await file.read()).find((c) => c.id === id);
    if (!found) throw new PlexusError('NOT_FOUND', `No saved connection has the id ${id}`);
    return found;
  }

  async function configFor(id: string, passwordOverride?: string): Promise<Neo4jConfig> {
    const connection = await find(id);
    const password = passwordOverride ?? (await secrets.get(id));
    if (password === undefined) {
      const message = `No password is stored for ${connection.name}: enter it`;
      throw new PlexusError('AUTH', message, [{ field: 'password', message }]);
    }
    return toConfig(connection, password);
  }

  return {
    list: async () => Promise.all((await file.read()).map(withPasswordFlag)),

    save: (request) =>
      serial(async () => {
        const { id, password, ...fields } = parse(SaveConnectionRequest, request);
        const all = await file.read();
        if (id !== undefined && !all.some((c) => c.id === id))
          throw new PlexusError('NOT_FOUND', `No saved connection has the id ${id}`);
        const saved: StoredConnection = { id: id ?? randomUUID(), ...fields };
        const next = id === undefined ? [...all, saved] : all.map((c) => (c.id === id ? saved : c));
        await file.write(next);
        if (password === '') await secrets.delete(saved.id);
        else if (password !== undefined) await secrets.set(saved.id, password);
        return withPasswordFlag(saved);
      }),

    delete: (id) =>
      serial(async () => {
        const all = await file.read();
        const rest = all.filter((c) => c.id !== id);
        if (rest.length !== all.length) await file.write(rest);
        await secrets.delete(id);
        return rest.length !== all.length;
      }),

    test: async (input, savedId) => {
      const { password, ...connection } = parse(ConnectionInput, input);
      const stored = password === '' && savedId !== undefined ? await secrets.get(savedId) : undefined;
      return server.test(toConfig(connection, stored ?? password));
    },

    configFor,

    open: async (id, openOptions = {}) =>
      server.open(await configFor(id, openOptions.password), {
        prepareSchema: openOptions.prepareSchema ?? false,
      }),
  };
}
