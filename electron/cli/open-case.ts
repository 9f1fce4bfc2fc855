import { extname, resolve } from 'node:path';
import { CASE_EXTENSION } from '../../graph-schema/contract/case';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { osUser } from '../services/actor';
import { loadSchema } from '../services/schema/load-types';
import type { GraphStore } from '../services/store/graph-store';
import { createCaseFile, openCaseFile, removeCaseFile } from '../services/store/sqlite/index';

let schemaIndex: SchemaIndex | undefined;

/** The schema in force, loaded once per run. */
export function cliSchema(): SchemaIndex {
  schemaIndex ??= new SchemaIndex(loadSchema());
  return schemaIndex;
}

function storeOptions() {
  return { actor: osUser(), schema: cliSchema() };
}

/** A new case's path: relative to the working folder, `.plexus` added when there is no extension. */
export function newCasePath(file: string): string {
  const path = resolve(file);
  return extname(path) === '' ? `${path}${CASE_EXTENSION}` : path;
}

/** Opens a case for one command and always closes it, whatever the command does. */
export async function withCase<T>(file: string, use: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openCaseFile(resolve(file), storeOptions());
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/**
 * Creates a case, runs `fill` on it and closes it. A case this command created is removed
 * again when filling fails, so a failed `demo` leaves no half-made file behind.
 */
export async function withNewCase<T>(
  file: string,
  fill: (store: GraphStore, path: string) => Promise<T>,
): Promise<T> {
  const path = newCasePath(file);
  const store = await createCaseFile(path, storeOptions());
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
