import { extname, resolve } from 'node:path';
import { CASE_EXTENSION } from '../../graph-schema/contract/case';
import { osUser } from '../services/actor';
import { loadHistoryKey } from '../services/history-key';
import { defaultHome } from '../services/paths';
import type { GraphStore } from '../services/store/graph-store';
import {
  createCaseFile,
  isEncryptedCaseFile,
  openCaseFile,
  removeCaseFile,
} from '../services/store/sqlite/index';
import { PlexusError } from '../../graph-schema/model/errors';
import { cliAnalyst } from './analyst';
import { serverAddress, withServer } from './open-server';
import { askPassphrase, PASSPHRASE_VARIABLE } from './passphrase';
import { cliSchema } from './schema';

/** What every case file this run opens or creates is opened with: who writes, the schema, the sealing key. */
export function storeOptions() {
  const analyst = cliAnalyst();
  return {
    actor: osUser(),
    schema: cliSchema(),
    historyKey: loadHistoryKey(defaultHome()),
    // Entered in the history beside the OS user: who at the desk, when accounts are shared.
    ...(analyst ? { analyst } : {}),
  };
}

/** `--case`: how every command that reads or writes a case names it (withCase opens either kind). */
export const CASE_OPTION = [
  '--case <case>',
  'the case file, or a Neo4j database: bolt://[user@]host[:port][/database] (password from NEO4J_PASSWORD)',
] as const;

/**
 * A new case's path: relative to the working folder, `.plexus` added when there is no
 * extension. Plexus creates case files only: a server's database is the server's to create.
 */
export function newCasePath(file: string): string {
  if (serverAddress(file))
    throw new PlexusError(
      'VALIDATION',
      `${file}: a new case is a file; to fill a server's database, publish a case file to it (plexus neo4j push)`,
    );
  const path = resolve(file);
  return extname(path) === '' ? `${path}${CASE_EXTENSION}` : path;
}

/** The passphrase of an encrypted case file (from PLEXUS_PASSPHRASE or the terminal); none for a plain one. */
export async function passphraseFor(path: string): Promise<string | undefined> {
  if (!isEncryptedCaseFile(path)) return undefined;
  return askPassphrase({ file: path, variable: PASSPHRASE_VARIABLE, prompt: `Passphrase for ${path}: ` });
}

/**
 * Opens a case for one command and always closes it, whatever the command does: a case file
 * (an encrypted one with its passphrase, asked for first), or a Neo4j server's database named
 * by its address (open-server.ts), so every command that reads or writes a case works on a
 * team's server too.
 */
export async function withCase<T>(file: string, use: (store: GraphStore) => Promise<T>): Promise<T> {
  const server = serverAddress(file);
  if (server) return withServer(server, false, use);
  return withCaseFile(file, use);
}

/** withCase for a command that needs a case file (publishing one to a server). */
export async function withCaseFile<T>(file: string, use: (store: GraphStore) => Promise<T>): Promise<T> {
  if (serverAddress(file))
    throw new PlexusError('VALIDATION', `${file}: a case file is needed here, not a server`);
  const path = resolve(file);
  const passphrase = await passphraseFor(path);
  const store = await openCaseFile(path, { ...storeOptions(), ...(passphrase ? { passphrase } : {}) });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/**
 * Creates a case (encrypted with `passphrase` when given), runs `fill` on it and closes it. A
 * case this command created is removed again when filling fails, so a failed `demo` leaves
 * no half-made file behind.
 */
export async function withNewCase<T>(
  file: string,
  fill: (store: GraphStore, path: string) => Promise<T>,
  passphrase?: string,
): Promise<T> {
  const path = newCasePath(file);
  const store = await createCaseFile(path, { ...storeOptions(), ...(passphrase ? { passphrase } : {}) });
  let ok = false;
  try {
    const result = await fill(store, path);
    ok = true;
    return result;
  } finally {
    await store.close();
    if (!ok) await removeCaseFile(path);
  }
}
