import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFolderFor, plainReason } from '../../../../../electron/services/io/export-folder';
import { exportFile } from '../../../../../electron/services/io/registry';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../electron/services/store/sqlite';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';

const schema = new SchemaIndex(loadSchema());

let dir: string;
let store: GraphStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-export-folder-'));
  store = await createCaseFile(join(dir, 'case.plexus'), {
    actor: 'export-folder-test',
    schema,
  });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exports into a missing folder', () => {
  it('create the folder, as a desktop Save does, for every data format (the CSV pair too)', async () => {
    const json = await exportFile(store, join(dir, 'new', 'deeper', 'case.json'), 'json', { schema });
    expect(existsSync(json.files[0]!)).toBe(true);
    const csv = await exportFile(store, join(dir, 'other', 'case.csv'), 'csv', { schema });
    expect(csv.files.map((f) => f.slice(dir.length))).toEqual([
      '/other/case-entities.csv',
      '/other/case-links.csv',
    ]);
    expect(readdirSync(join(dir, 'other')).sort()).toEqual(['case-entities.csv', 'case-links.csv']);
  });

  it('name the folder in plain words when it cannot be made, never ENOENT or .partial', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'a file, not a folder');
    const error = await exportFile(store, join(dir, 'notes.txt', 'sub', 'case.json'), 'json', {
      schema,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlexusError);
    expect((error as PlexusError).code).toBe('IO');
    expect((error as PlexusError).message).toBe(
      `The folder ${join(dir, 'notes.txt', 'sub')} cannot be created: a file of that name is in the way`,
    );
    expect((error as PlexusError).message).not.toMatch(/ENOENT|ENOTDIR|partial/);
  });

  it('say "permission denied" for a folder the system will not let Plexus make', async () => {
    expect(
      plainReason(Object.assign(new Error('EACCES: permission denied, mkdir'), { code: 'EACCES' })),
    ).toBe('permission denied');
    expect(plainReason(new Error('odd'))).toBe('the system refused it');
    await expect(ensureFolderFor(join(dir, 'fine', 'x.pdf'))).resolves.toBeUndefined();
  });
});
