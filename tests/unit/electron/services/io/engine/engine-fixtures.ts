import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runImport, type RunImportOptions } from '../../../../../../electron/services/io/engine';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../../electron/services/store/sqlite';
import type { ImportRecord } from '../../../../../../electron/services/io/types';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';

/**
 * Shared by the engine tests: a real case file, a stand-in data file, records as a stream, and
 * runImport over them.
 */
export const schema = new SchemaIndex(loadSchema());

export interface Fixture {
  dir: string;
  store: GraphStore;
  /** A file that exists (the engine checks its size); its content is not read. */
  file: string;
  remove: () => Promise<void>;
}

export async function fixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'plexus-engine-'));
  const store = await createCaseFile(join(dir, 'case.plexus'), { actor: 'engine-test', schema });
  const file = join(dir, 'people.csv');
  writeFileSync(file, 'stand-in\n');
  return {
    dir,
    store,
    file,
    remove: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh fixture for each test of the calling file, made before it and removed after; the
 * object returned is the current test's.
 */
export function eachTestFixture(): Fixture {
  const current = {} as Fixture;
  beforeEach(async () => {
    Object.assign(current, await fixture());
  });
  afterEach(() => current.remove());
  return current;
}

/** runImport's options for the fixture's file read as CSV, matched by identifier and written. */
export function importOptions(f: Fixture, more: Partial<RunImportOptions> = {}): RunImportOptions {
  return { format: 'csv', file: f.file, schema, match: 'identifier', dryRun: false, ...more };
}

/** Imports records into the fixture's case (see importOptions). */
export function importRecords(
  f: Fixture,
  records: readonly ImportRecord[],
  more: Partial<RunImportOptions> = {},
) {
  return runImport(f.store, stream(records), importOptions(f, more));
}

export async function* stream(records: readonly ImportRecord[]): AsyncIterable<ImportRecord> {
  for (const record of records) yield record;
}

/** An entity row on a line of people.csv. */
export function entity(line: number, key: string, input: Record<string, unknown>): ImportRecord {
  return { kind: 'entity', key, input, place: { file: 'people.csv', line } };
}

export function link(
  line: number,
  sourceKey: string,
  targetKey: string,
  input: Record<string, unknown>,
): ImportRecord {
  return { kind: 'link', sourceKey, targetKey, input, place: { file: 'people.csv', line } };
}

export async function allEntities(store: GraphStore) {
  const out = [];
  for await (const batch of store.scanEntities()) out.push(...batch);
  return out;
}

export async function allLinks(store: GraphStore) {
  const out = [];
  for await (const batch of store.scanLinks()) out.push(...batch);
  return out;
}
