import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../electron/services/schema/load-types';
import { createCaseFile, openCaseFile } from '../../../../electron/services/store/sqlite';
import type { HistoryEntry } from '../../../../graph-schema/contract/history';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import { SchemaIndex } from '../../../../graph-schema/model/schema';
import { parsedJson, runCli, type Outcome } from './cli-runner';

/** `plexus entity|link show|update|delete`, checked on what the case and its history hold after. */

let dir: string;
let kase: string;
let wang: Entity;
let sato: Entity;
let institute: Entity;
let employs: Link;
const schema = new SchemaIndex(loadSchema());

const cli = (...args: string[]): Promise<Outcome> =>
  runCli(args, { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '', PLEXUS_ANALYST: '' });

async function inCase<T>(read: (store: Awaited<ReturnType<typeof openCaseFile>>) => Promise<T>): Promise<T> {
  const store = await openCaseFile(kase, { actor: 'test', schema });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-items-'));
  kase = join(dir, 'items.plexus');
  const store = await createCaseFile(kase, { actor: 'analyst', schema });
  [wang, sato, institute] = (await store.createEntities([
    { type: 'Person', label: 'Wang Wei', props: { nationality: 'CN', occupation: 'student' } },
    { type: 'Person', label: 'Satō Kenji' },
    { type: 'Organization', label: 'Kaiyo Marine Research Institute' },
  ])) as [Entity, Entity, Entity];
  [employs] = (await store.createLinks([
    { type: 'EMPLOYED_BY', source: wang.id, target: institute.id, props: { position: 'intern' } },
    { type: 'ASSOCIATE_OF', source: sato.id, target: wang.id },
  ])) as [Link, Link];
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each command is a Node process of its own: slower than the rest on a loaded machine.
describe('plexus entity and link show, update, delete', { timeout: 60_000 }, () => {
  it('shows an entity, and updates it keeping the properties not named, with the reason in the history', async () => {
    const shown = await cli('entity', 'show', wang.id, '--case', kase);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('label: Wang Wei');
    expect(shown.stdout).toContain('props.occupation: "student"');

    const updated = parsedJson<Entity>(
      await cli(
        'entity',
        'update',
        wang.id,
        '--case',
        kase,
        '--label',
        '王伟',
        '--prop',
        'confidence=confirmed',
        '--prop',
        'title=Dr',
        '--unset-prop',
        'occupation',
        '--reason',
        '旅券で確認',
        '--json',
      ),
    );
    expect(updated).toMatchObject({ label: '王伟', confidence: 'confirmed' });

    const [stored] = await inCase((store) => store.getEntities([wang.id]));
    expect(stored).toMatchObject({
      label: '王伟',
      confidence: 'confirmed',
      props: { nationality: 'CN', title: 'Dr' },
    });
    expect(stored?.props).not.toHaveProperty('occupation');
    const { entries } = await inCase((store) => store.listHistory({ item: wang.id }));
    expect(entries[0]).toMatchObject({
      op: 'update',
      action: 'changed',
      reason: '旅券で確認',
      changes: { label: { before: 'Wang Wei', after: '王伟' } },
    });
  });

  it('refuses an update with nothing to change, and an unknown id, naming it, changing nothing', async () => {
    const empty = await cli('entity', 'update', wang.id, '--case', kase);
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim()).toBe('plexus: nothing to change: give --label, --prop or --unset-prop');

    const unknown = await cli('entity', 'delete', sato.id, 'e-nope', '--case', kase);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe(`plexus: ${kase}: no entity with id e-nope`);
    expect(await inCase((store) => store.getEntities([sato.id]))).toHaveLength(1);
  });

  it('updates and deletes a link', async () => {
    const link = parsedJson<Link>(
      await cli('link', 'update', employs.id, '--case', kase, '--prop', 'position=researcher', '--json'),
    );
    expect(link.props).toEqual({ position: 'researcher' });
    const removed = await cli('link', 'delete', employs.id, '--case', kase, '--reason', '誤登録');
    expect(removed.code).toBe(0);
    expect(removed.stdout.trim()).toBe('deleted 0 entities, 1 link');
    expect(await inCase((store) => store.getLinks([employs.id]))).toEqual([]);
    const log = parsedJson<HistoryEntry[]>(
      await cli('audit', 'log', '--case', kase, '--item', employs.id, '--json'),
    );
    expect(log[0]).toMatchObject({ op: 'delete', action: 'removed', reason: '誤登録' });
  });

  it('deletes an entity with its links, and the history still verifies', async () => {
    const removed = parsedJson<{ entities: Entity[]; links: Link[] }>(
      await cli('entity', 'delete', sato.id, '--case', kase, '--reason', '同一人物の重複', '--json'),
    );
    expect(removed.entities.map((e) => e.id)).toEqual([sato.id]);
    expect(removed.links).toHaveLength(1);
    const left = await inCase(async (store) => ({
      entities: await store.getEntities([wang.id, sato.id, institute.id]),
      check: await store.verifyHistory('full'),
    }));
    expect(left.entities.map((e) => e.label).sort()).toEqual(['Kaiyo Marine Research Institute', '王伟']);
    expect(left.check.ok).toBe(true);
  });
});
