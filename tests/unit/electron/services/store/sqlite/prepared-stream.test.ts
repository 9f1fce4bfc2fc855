import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import { createCaseFile } from '../../../../../../electron/services/store/sqlite';
import type { SqliteStore } from '../../../../../../electron/services/store/sqlite/sqlite-store';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import {
  prepareEntity,
  prepareLink,
  type PreparedBatch,
} from '../../../../../../graph-schema/model/validate';

const schema = new SchemaIndex(loadSchema());
let dir: string;
let path: string;
let store: SqliteStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-prepared-'));
  path = join(dir, 'case.plexus');
  store = (await createCaseFile(path, { actor: 'test', schema })) as SqliteStore;
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Two people and a link between them, checked as the import engine checks them. */
function batch(n: number): PreparedBatch {
  const a = { ...prepareEntity(schema, { type: 'Person', label: `A${n}` }), id: `a${n}` };
  const b = { ...prepareEntity(schema, { type: 'Person', label: `B${n}` }), id: `b${n}` };
  const types = (id: string) => (id === a.id || id === b.id ? 'Person' : undefined);
  const link = {
    ...prepareLink(schema, { type: 'ASSOCIATE_OF', source: a.id, target: b.id }, types),
    id: `l${n}`,
  };
  return { entities: [a, b], links: [link] };
}

function linkIndexes(): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'links' AND sql IS NOT NULL ORDER BY name",
      )
      .pluck()
      .all() as string[];
  } finally {
    db.close();
  }
}

describe('createPreparedStream', () => {
  it('writes checked records with audit fields, and the link indexes are there after the load', async () => {
    expect(await store.createPreparedStream([batch(1), batch(2)])).toEqual({ entities: 4, links: 2 });
    const [entity] = await store.getEntities(['a1']);
    expect(entity).toMatchObject({ label: 'A1', createdBy: 'test', confidence: 'probable' });
    expect(linkIndexes()).toEqual(['links_in', 'links_out']);
    const out = await store.expand({ ids: ['a1'], hops: 1 });
    expect(out.links.map((l) => l.id)).toEqual(['l1']);
  });

  it('leaves the case as it was, indexes included, when a batch fails', async () => {
    async function* failing() {
      yield batch(1);
      throw new Error('the reader failed');
    }
    await expect(store.createPreparedStream(failing())).rejects.toThrow('the reader failed');
    expect((await store.counts()).entityCount).toBe(0);
    expect(linkIndexes()).toEqual(['links_in', 'links_out']);
  });

  it('refuses a link whose end is not in the case, writing nothing', async () => {
    const bad = batch(1);
    bad.entities.pop();
    await expect(store.createPreparedStream([bad])).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await store.counts()).entityCount).toBe(0);
  });

  it('links ends written by this stream, by an earlier batch, and stored before it', async () => {
    await store.createPreparedStream([batch(1)]);
    const second = batch(2);
    const types = (id: string) => (['a1', 'b1', 'a2', 'b2'].includes(id) ? 'Person' : undefined);
    const across = (id: string, source: string, target: string) => ({
      ...prepareLink(schema, { type: 'ASSOCIATE_OF', source, target }, types),
      id,
    });
    // a1 is in the case already; a2 comes in this batch, b2 too.
    second.links.push(across('l3', 'a1', 'a2'), across('l4', 'b2', 'b1'));
    expect(
      await store.createPreparedStream([second, { entities: [], links: [across('l5', 'a2', 'a1')] }]),
    ).toEqual({ entities: 2, links: 4 });
    const out = await store.expand({ ids: ['a1'], hops: 1 });
    expect(out.links.map((l) => l.id).sort()).toEqual(['l1', 'l3', 'l5']);
    const [link] = await store.getLinks(['l3']);
    expect(Object.keys(link ?? {})).toEqual([
      'id',
      'type',
      'source',
      'target',
      'label',
      'notes',
      'validFrom',
      'validTo',
      'confidence',
      'reliability',
      'credibility',
      'classification',
      'props',
      'createdAt',
      'createdBy',
      'updatedAt',
      'updatedBy',
    ]);
    expect(link).toMatchObject({ source: 'a1', target: 'a2', createdBy: 'test' });
  });
});
