import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseFile, openCaseFile } from '../../../../../../../electron/services/store/sqlite';
import { keyId, type HistoryKey } from '../../../../../../../electron/services/store/history/chain';
import type { SqliteStore } from '../../../../../../../electron/services/store/sqlite/sqlite-store';
import { options, tempDir } from '../case-files';

const secret = randomBytes(32);
const key: HistoryKey = { id: keyId(secret), secret };
const keyed = { ...options, historyKey: key };

let temp: ReturnType<typeof tempDir>;
let path: string;

beforeEach(() => {
  temp = tempDir();
  path = join(temp.dir, 'audit.plexus');
});
afterEach(() => temp.remove());

/** A case with three people, two links, one edit and one delete: 2 + 3 + 2 + 1 + 2 entries. */
async function filledCase(): Promise<void> {
  const store = (await createCaseFile(path, keyed)) as SqliteStore;
  await store.createEntities([
    { id: 'p1', type: 'Person', label: 'Tanaka Taro' },
    { id: 'p2', type: 'Person', label: 'Sato Hanako' },
  ]);
  await store.createItems({
    entities: [{ id: 'p3', type: 'Person', label: 'Suzuki Ichiro' }],
    links: [
      { id: 'l1', type: 'ASSOCIATE_OF', source: 'p1', target: 'p2' },
      { id: 'l2', type: 'ASSOCIATE_OF', source: 'p2', target: 'p3' },
    ],
  });
  await store.updateEntity('p1', { confidence: 'confirmed' });
  await store.deleteEntities(['p3']);
  await store.close();
}

/** Edits the file as any SQLite tool would, behind Plexus's back. */
function tamper(sql: string, ...params: unknown[]): void {
  const db = new Database(path);
  db.prepare(sql).run(...params);
  db.close();
}

async function verify(depth: 'open' | 'full' = 'full', withKey = true) {
  const store = (await openCaseFile(path, withKey ? keyed : options)) as SqliteStore;
  try {
    return await store.verifyHistory(depth);
  } finally {
    await store.close();
  }
}

describe('the case history', () => {
  it('enters every write, item by item, with who, what and the fields an edit changed', async () => {
    await filledCase();
    const store = (await openCaseFile(path, keyed)) as SqliteStore;
    const { entries } = await store.listHistory({});
    expect(entries.map((e) => `${e.seq} ${e.op} ${e.action} ${e.kind} ${e.item}`)).toEqual([
      '8 delete removed entity p3',
      '7 delete removed link l2',
      '6 update changed entity p1',
      '5 import added link l2',
      '4 import added link l1',
      '3 import added entity p3',
      '2 create added entity p2',
      '1 create added entity p1',
    ]);
    expect(entries[2]?.changes).toEqual({ confidence: { before: 'probable', after: 'confirmed' } });
    expect(entries.every((e) => e.osUser === 'unit-test')).toBe(true);
    expect((await store.listHistory({ item: 'p1' })).entries.map((e) => e.seq)).toEqual([6, 1]);
    expect(await store.verifyHistory('full')).toMatchObject({
      ok: true,
      entries: 8,
      items: 3,
      anchor: 'verified',
    });
    await store.close();
  });

  it('leaves no entry for a refused write', async () => {
    await filledCase();
    const store = (await openCaseFile(path, keyed)) as SqliteStore;
    await expect(store.createEntities([{ id: 'p1', type: 'Person', label: 'again' }])).rejects.toThrow();
    expect((await store.verifyHistory('full')).entries).toBe(8);
    await store.close();
  });

  it('is sealed with the profile key: there is no server history to accept', async () => {
    await filledCase();
    const store = (await openCaseFile(path, keyed)) as SqliteStore;
    await expect(store.acceptHistory()).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await store.verifyHistory('full')).toMatchObject({ ok: true, anchor: 'verified' });
    await store.close();
  });
});

describe('an edit outside Plexus', () => {
  it('of a record (a confidence raised) names the item', async () => {
    await filledCase();
    tamper(
      "UPDATE entity_bodies SET body = json_set(body, '$.confidence', 'confirmed') WHERE rid = (SELECT rid FROM entities WHERE id = 'p2')",
    );
    const check = await verify();
    expect(check.ok).toBe(false);
    expect(check.problems[0]).toMatchObject({
      kind: 'item-differs',
      code: 'item-differs',
      values: { itemKind: 'entity', item: 'p2', seq: 2 },
      item: 'p2',
      seq: 2,
    });
  });

  it('forging updatedBy names the item', async () => {
    await filledCase();
    tamper(
      "UPDATE entity_bodies SET body = json_set(body, '$.updatedBy', 'someone-else') WHERE rid = (SELECT rid FROM entities WHERE id = 'p1')",
    );
    expect((await verify()).problems[0]).toMatchObject({ kind: 'item-differs', item: 'p1', seq: 6 });
  });

  it('of a history entry names the entry', async () => {
    await filledCase();
    tamper(
      "UPDATE history SET changes = json_set(changes, '$.confidence.before', 'confirmed') WHERE seq = 6",
    );
    expect((await verify()).problems[0]).toMatchObject({ kind: 'entry-altered', seq: 6 });
  });

  it('deleting an entry names it, and the open check sees a cut tail', async () => {
    await filledCase();
    tamper('DELETE FROM history WHERE seq = 4');
    expect((await verify()).problems[0]).toMatchObject({
      kind: 'entry-missing',
      code: 'entry-missing',
      values: { seq: 4 },
    });
    tamper('DELETE FROM history WHERE seq = 8');
    expect((await verify('open')).problems[0]).toMatchObject({ kind: 'entries-cut', seq: 8 });
  });

  it('reordering two entries names the first', async () => {
    await filledCase();
    // Entries 2 and 3 trade places: each row keeps its content and hash, under the other's number.
    tamper('UPDATE history SET seq = -seq WHERE seq IN (2, 3)');
    tamper('UPDATE history SET seq = 5 + seq WHERE seq IN (-2, -3)');
    expect((await verify()).problems[0]).toMatchObject({ kind: 'entry-altered', seq: 2 });
  });

  it('deleting an entity and its links names them, and the open check sees the count', async () => {
    await filledCase();
    tamper("DELETE FROM links WHERE id = 'l1'");
    tamper("DELETE FROM entity_bodies WHERE rid = (SELECT rid FROM entities WHERE id = 'p1')");
    tamper("DELETE FROM entities WHERE id = 'p1'");
    expect((await verify('open')).problems[0]).toMatchObject({ kind: 'item-differs' });
    const full = await verify();
    expect(full.problems.filter((p) => p.kind === 'item-vanished').map((p) => p.item)).toEqual(['p1', 'l1']);
  });

  it('rewriting the whole chain is caught by the seal, whose key is not in the file', async () => {
    await filledCase();
    // A forger who recomputes every hash still cannot recompute the HMAC: here the cheapest
    // version of that, the seal's counts changed to hide a deleted entity.
    tamper('UPDATE history_anchor SET items = items - 1');
    const check = await verify('open');
    expect(check.anchor).toBe('broken');
    expect(check.problems.some((p) => p.kind === 'anchor-mismatch')).toBe(true);
  });

  it('refuses to write on a case whose history no longer matches its seal', async () => {
    await filledCase();
    tamper('DELETE FROM history WHERE seq = 8');
    const store = (await openCaseFile(path, keyed)) as SqliteStore;
    await expect(store.createEntities([{ type: 'Person', label: 'New' }])).rejects.toMatchObject({
      code: 'CASE_CORRUPT',
    });
    await store.close();
  });

  it('a case from another machine checks its chain but says the seal cannot be checked here', async () => {
    await filledCase();
    const check = await verify('full', false);
    expect(check.problems).toEqual([]);
    expect(check).toMatchObject({ ok: true, anchor: 'other-machine' });
  });
});

describe('counts', () => {
  it('come from the rows, so a row deleted outside Plexus is not counted', async () => {
    await filledCase();
    tamper("DELETE FROM links WHERE id = 'l1'");
    const store = await openCaseFile(path, keyed);
    expect((await store.counts()).linkCount).toBe(0);
    expect((await store.counts()).entityCount).toBe(2);
    await store.close();
  });
});
