import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../../electron/services/store/graph-store';
import { fileWitness, type HistoryWitness } from '../../../../../../electron/services/store/history/witness';
import { openNeo4jStore, type Neo4jConfig } from '../../../../../../electron/services/store/neo4j';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { adminRows, wipePlexus } from '../../../../../support/neo4j-server/admin';
import { describeOnNeo4j } from '../../../../../support/neo4j-server/given';

const schema = new SchemaIndex(loadSchema());

/**
 * The server's history behind Plexus's back (issue 12): entries edited, deleted and reordered
 * with plain Cypher are named by verify, as on a case file; a chain rewritten or cut back
 * whole is caught by the head this computer remembers; two clients make one chain.
 */
describeOnNeo4j('The case history on Neo4j', (config: Neo4jConfig) => {
  let home: string;
  let witness: HistoryWitness;
  const stores: GraphStore[] = [];
  const open = async (actor = 'unit-test', own: HistoryWitness | null = witness) => {
    const store = await openNeo4jStore(config, {
      actor,
      schema,
      prepareSchema: true,
      ...(own ? { witness: own } : {}),
    });
    stores.push(store);
    return store;
  };
  const tamper = (query: string) => adminRows(config, query);
  const verify = async (depth: 'open' | 'full' = 'full', own: HistoryWitness | null = witness) =>
    (await open('checker', own)).verifyHistory(depth);

  /** Three people, two links, one edit and one delete: 2 + 3 + 1 + 2 entries, as the case-file test. */
  async function filled(): Promise<GraphStore> {
    const store = await open();
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
    return store;
  }

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'plexus-witness-'));
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  beforeEach(async () => {
    await wipePlexus(config);
    witness = fileWitness(mkdtempSync(join(home, 'profile-')));
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });

  it('keeps the chain on the server: the writer is witnessed, another computer is not', async () => {
    await filled();
    expect(await verify()).toMatchObject({ ok: true, entries: 8, items: 3, anchor: 'witnessed' });
    expect(await verify('open', null)).toMatchObject({ ok: true, anchor: 'unwitnessed' });
  });

  describe('an edit with plain Cypher', () => {
    it('of a record (a confidence raised) names the item', async () => {
      await filled();
      await tamper("MATCH (n:PlexusEntity {id: 'p2'}) SET n.confidence = 'confirmed'");
      expect((await verify()).problems[0]).toMatchObject({ kind: 'item-differs', item: 'p2', seq: 2 });
    });

    it('of an entry names the entry', async () => {
      await filled();
      await tamper("MATCH (e:PlexusHistoryEntry {seq: 6}) SET e.changes = '{}'");
      expect((await verify()).problems[0]).toMatchObject({ kind: 'entry-altered', seq: 6 });
    });

    it('deleting an entry names it; deleting the last one cuts the tail the head counts', async () => {
      await filled();
      await tamper('MATCH (e:PlexusHistoryEntry {seq: 4}) DELETE e');
      expect((await verify()).problems[0]).toMatchObject({ code: 'entry-missing', values: { seq: 4 } });
      await tamper('MATCH (e:PlexusHistoryEntry {seq: 8}) DELETE e');
      expect((await verify('open')).problems[0]).toMatchObject({ kind: 'entries-cut', seq: 8 });
    });

    it('reordering two entries names the first', async () => {
      await filled();
      // Entries 2 and 3 trade numbers, each keeping its content and hash (seq is unique: via -1).
      await tamper('MATCH (e:PlexusHistoryEntry {seq: 2}) SET e.seq = -1');
      await tamper('MATCH (e:PlexusHistoryEntry {seq: 3}) SET e.seq = 2');
      await tamper('MATCH (e:PlexusHistoryEntry {seq: -1}) SET e.seq = 3');
      expect((await verify()).problems[0]).toMatchObject({ kind: 'entry-altered', seq: 2 });
    });

    it('deleting a link names it as vanished', async () => {
      await filled();
      await tamper("MATCH ()-[r {id: 'l1'}]->() DELETE r");
      const check = await verify();
      expect(check.problems.map((p) => p.code)).toEqual(['item-count-differs', 'item-vanished']);
      expect(check.problems[1]).toMatchObject({ item: 'l1', seq: 4 });
    });

    it('cutting the chain back with its head is caught by the head this computer wrote, and refuses writes', async () => {
      const store = await filled();
      // A consistent rewind: the last entry gone and the head moved back onto entry 7.
      await tamper('MATCH (e:PlexusHistoryEntry {seq: 8}) DELETE e');
      await tamper(
        'MATCH (h:PlexusHistoryHead), (e:PlexusHistoryEntry {seq: 7}) SET h.seq = 7, h.entries = 7, h.items = 4, h.head = e.hash',
      );
      await tamper("CREATE (n:PlexusEntity:Person {id: 'p3'}) SET n = {id: 'p3', type: 'Person'}");
      expect((await verify('open', null)).problems.filter((p) => p.code === 'witness-differs')).toEqual([]);
      const check = await verify('open');
      expect(check.anchor).toBe('broken');
      expect(check.problems[0]).toMatchObject({ code: 'witness-differs', seq: 8 });
      await expect(store.createEntities([{ type: 'Person', label: 'New' }])).rejects.toMatchObject({
        code: 'CASE_CORRUPT',
      });
    });
  });

  it('an empty database checked twice is not taken for a rewritten one', async () => {
    const store = await open();
    expect(await store.verifyHistory('full')).toMatchObject({ ok: true, entries: 0 });
    expect(witness.seen(store.location)).toMatchObject({ seq: 0 });
    expect(await store.verifyHistory('full')).toMatchObject({ ok: true, problems: [] });
  });

  it('a database restored on purpose is accepted as it is: witnessed again, written to again', async () => {
    const store = await filled();
    // Restored from an older copy: a chain of its own, shorter than the one this computer saw.
    await wipePlexus(config);
    await (await open('restore', null)).createEntities([{ type: 'Person', label: 'Restored' }]);
    await expect(store.createEntities([{ type: 'Person', label: 'New' }])).rejects.toMatchObject({
      code: 'CASE_CORRUPT',
      details: [{ reason: { code: 'historyWitnessMismatch', params: { seq: 8 } } }],
    });
    expect(await store.acceptHistory()).toMatchObject({
      forgot: true,
      ok: true,
      entries: 1,
      anchor: 'unwitnessed',
    });
    await store.createEntities([{ type: 'Person', label: 'New' }]);
    expect(await verify()).toMatchObject({ ok: true, entries: 2, anchor: 'witnessed' });
    // Nothing seen before: nothing forgotten.
    expect(await (await open('elsewhere', null)).acceptHistory()).toMatchObject({ forgot: false, ok: true });
  });

  it('a broken chain accepted is not witnessed: the break stays named', async () => {
    const store = await filled();
    await tamper("MATCH (e:PlexusHistoryEntry {seq: 6}) SET e.changes = '{}'");
    const check = await store.acceptHistory();
    expect(check).toMatchObject({ forgot: true, ok: false });
    expect(check.problems[0]).toMatchObject({ kind: 'entry-altered', seq: 6 });
    expect(witness.seen(store.location)).toBeUndefined();
  });

  it('two clients writing at once make one chain', async () => {
    const ann = await open('ann');
    const ben = await open('ben', fileWitness(mkdtempSync(join(home, 'ben-'))));
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 === 0 ? ann : ben).createEntities([
          { id: `c${i}a`, type: 'Person', label: `Client ${i} a` },
          { id: `c${i}b`, type: 'Person', label: `Client ${i} b` },
        ]),
      ),
    );
    const check = await verify();
    expect(check.problems).toEqual([]);
    expect(check).toMatchObject({ ok: true, entries: 12, items: 12 });
    const { entries } = await ann.listHistory({ limit: 20 });
    // Each write's two entries stay together: the head is locked for the whole write.
    for (let i = 0; i < entries.length; i += 2) expect(entries[i]?.osUser).toBe(entries[i + 1]?.osUser);
  });
});
