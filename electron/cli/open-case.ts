import { extname, resolve } from 'node:path';
import { CASE_EXTENSION } from '../../graph-schema/contract/case';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { osUser } from '../services/actor';
import { loadHistoryKey } from '../services/history-key';
import { defaultHome } from '../services/paths';
import { loadSchema } from '../services/schema/load-types';
import type { GraphStore } from '../services/store/graph-store';
import {
  createCaseFile,
  isEncryptedCaseFile,
  openCaseFile,
  removeCaseFile,
} from '../services/store/sqlite/index';
import { cliAnalyst } from './analyst';
import { askPassphrase, PASSPHRASE_VARIABLE } from './passphrase';

let schemaIndex: SchemaIndex | undefined;

/** The schema in force, loaded once per run. */
export function cliSchema(): SchemaIndex {
  schemaIndex ??= new SchemaIndex(loadSchema());
  return schemaIndex;
}

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

/** A new case's path: relative to the working folder, `.plexus` added when there is no extension. */
export function newCasePath(file: string): string {
  const path = resolve(file);
  return extname(path) === '' ? `${path}${CASE_EXTENSION}` : path;
}

/** The passphrase of an encrypted case file (from PLEXUS_PASSPHRASE or the terminal); none for a plain one. */
export async function passphraseFor(path: string): Promise<string | undefined> {
  if (!isEncryptedCaseFile(path)) return undefined;
  return askPassphrase({ file: path, variable: PASSPHRASE_VARIABLE, prompt: `Passphrase for ${path}: ` });
}

/**
 * Opens a case for one command and always closes it, whatever the command does. An
 * encrypted case is opened with its passphrase, asked for first.
 */
export async function withCase<T>(file: string, use: (store: GraphStore) => Promise<T>): Promise<T> {
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
