import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkRecordedHead,
  PUBLICATIONS_KEY,
  readRecordedHead,
  REPORTED_HEADS_KEY,
} from '../../../../electron/services/history-head';
import { loadHistoryKey } from '../../../../electron/services/history-key';
import { exportNativeJson, importNativeJson } from '../../../../electron/services/io/native-json';
import type { HistoryKey } from '../../../../electron/services/store/history/chain';
import { createCaseFile, openCaseFile } from '../../../../electron/services/store/sqlite';
import { publishCase } from '../../../../electron/services/transfer';
import { rewriteHistory } from './store/sqlite/history/rewrite';
import { options, tempDir } from './store/sqlite/case-files';

let temp: ReturnType<typeof tempDir>;
let key: HistoryKey;
beforeEach(() => {
  temp = tempDir();
  key = loadHistoryKey(join(temp.dir, 'home'));
});
afterEach(() => temp.remove());

async function writtenCase(name: string) {
  const store = await createCaseFile(join(temp.dir, `${name}.plexus`), { ...options, historyKey: key });
  await store.createEntities([
    { id: 'p1', type: 'Person', label: 'Tanaka Taro' },
    { id: 'p2', type: 'Person', label: 'Suzuki Hanako' },
  ]);
  await store.updateEntity('p2', { notes: 'Seen at Shinjuku station' });
  return store;
}

describe('the history head kept outside the case', () => {
  it('is written into a native export, and a history rewritten after it no longer holds it', async () => {
    const file = join(temp.dir, 'Audited.plexus');
    const store = await writtenCase('Audited');
    const exported = join(temp.dir, 'audited.json');
    await exportNativeJson(store, exported);
    const [last] = (await store.listHistory({ limit: 1 })).entries;
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({
      history: { seq: 3, hash: last?.hash, case: 'Audited' },
    });
    const head = await readRecordedHead(exported);
    expect(await checkRecordedHead(store, head)).toMatchObject({ ok: true });
    await store.close();

    rewriteHistory(file, key);
    const reopened = await openCaseFile(file, { ...options, historyKey: key });
    // The rewrite is sealed with the key: the case alone cannot tell.
    expect((await reopened.verifyHistory('full')).ok).toBe(true);
    const check = await checkRecordedHead(reopened, head);
    expect(check.ok).toBe(false);
    expect(check.message).toMatch(
      /^history entry 3 is not the one recorded .* rewritten after it was recorded$/u,
    );
    await reopened.close();
  });

  it('says when the recorded entry is gone, and when a file records no head', async () => {
    const store = await writtenCase('Cut');
    const head = { seq: 7, hash: 'a'.repeat(64), case: 'Cut', at: '2024-05-01T12:00:00.000Z' };
    const bare = join(temp.dir, 'head.json');
    writeFileSync(bare, JSON.stringify(head));
    expect(await readRecordedHead(bare)).toEqual(head);
    expect((await checkRecordedHead(store, head)).message).toMatch(
      /^history entry 7 is missing from the case/u,
    );
    const old = join(temp.dir, 'old.json');
    writeFileSync(old, '{"format":"plexus-case","version":1,"entities":[],"links":[]}');
    await expect(readRecordedHead(old)).rejects.toThrow('old.json: records no history head');
    await store.close();
  });

  it('an imported export’s head is kept as the file’s report, once, never as an entry of ours', async () => {
    const source = await writtenCase('Source');
    const exported = join(temp.dir, 'source.json');
    await exportNativeJson(source, exported);
    const head = await readRecordedHead(exported);
    await source.close();

    const target = await createCaseFile(join(temp.dir, 'Target.plexus'), { ...options, historyKey: key });
    await importNativeJson(target, exported);
    await importNativeJson(target, exported);
    expect(await target.readMeta(REPORTED_HEADS_KEY)).toEqual([
      { ...head, file: 'source.json', importedAt: expect.any(String) },
    ]);
    const own = (await target.listHistory({ limit: 10 })).entries;
    expect(own.map((e) => e.op)).toEqual(['restore', 'restore']);
    expect(own.some((e) => e.hash === head.hash)).toBe(false);
    await target.close();
  });

  it('a publish writes the published case’s head on the target', async () => {
    const offline = await writtenCase('Offline');
    const target = await createCaseFile(join(temp.dir, 'Server.plexus'), { ...options, historyKey: key });
    await publishCase(offline, target);
    const [last] = (await offline.listHistory({ limit: 1 })).entries;
    expect(await target.readMeta(PUBLICATIONS_KEY)).toEqual([
      {
        from: offline.location,
        at: expect.any(String),
        head: { seq: 3, hash: last?.hash, case: 'Offline', at: expect.any(String) },
      },
    ]);
    await offline.close();
    await target.close();
  });
});
