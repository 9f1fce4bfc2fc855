import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../electron/services/schema/load-types';
import type { GraphStore } from '../../electron/services/store/graph-store';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { prepareEntity, prepareLink } from '../../graph-schema/model/validate';

/** A line per entry, newest first: what a history panel lists. */
async function lines(store: GraphStore): Promise<string[]> {
  const { entries } = await store.listHistory({});
  return entries.map((e) => `${e.op} ${e.action} ${e.kind} ${e.item}`);
}

/**
 * The case history (issue 12) through the port: every write entered item by item, in the
 * same transaction, with who and what changed; verify finds the chain and every item intact.
 * How the head is sealed differs by store (a profile's key, a server's witness): not here.
 */
export function historyContract(getStore: () => GraphStore): void {
  describe('history', () => {
    it('enters every write, item by item, with who, why and the fields an edit changed, and verifies', async () => {
      const store = getStore();
      await store.createEntities(
        [
          { id: 'h1', type: 'Person', label: 'Tanaka Taro' },
          { id: 'h2', type: 'Person', label: 'Sato Hanako' },
        ],
        '通報に基づく',
      );
      await store.createItems({
        entities: [{ id: 'h3', type: 'Person', label: 'Suzuki Ichiro' }],
        links: [
          { id: 'hl1', type: 'ASSOCIATE_OF', source: 'h1', target: 'h2' },
          { id: 'hl2', type: 'ASSOCIATE_OF', source: 'h2', target: 'h3' },
        ],
      });
      await store.updateEntity('h1', { confidence: 'confirmed' });
      const removed = await store.deleteEntities(['h3']);
      await store.restore(removed);
      await store.putItems({
        entities: [{ ...(await store.getEntities(['h2']))[0]!, notes: 'from the offline copy' }],
        links: [],
      });
      await expect(store.createEntities([{ id: 'h1', type: 'Person', label: 'again' }])).rejects.toThrow();

      expect(await lines(store)).toEqual([
        'put changed entity h2',
        'restore added link hl2',
        'restore added entity h3',
        'delete removed entity h3',
        'delete removed link hl2',
        'update changed entity h1',
        'import added link hl2',
        'import added link hl1',
        'import added entity h3',
        'create added entity h2',
        'create added entity h1',
      ]);
      const { entries } = await store.listHistory({ item: 'h1' });
      expect(entries.map((e) => e.seq)).toEqual([6, 1]);
      expect(entries[0]?.changes).toEqual({ confidence: { before: 'probable', after: 'confirmed' } });
      expect(entries[1]).toMatchObject({
        osUser: 'contract-test',
        reason: '通報に基づく',
        label: 'Tanaka Taro',
      });
      expect((await store.listHistory({ op: 'delete' })).entries.map((e) => e.item)).toEqual(['h3', 'hl2']);
      expect((await store.listHistory({ who: 'nobody' })).entries).toEqual([]);
      const page = await store.listHistory({ limit: 2, before: 5 });
      expect(page.entries.map((e) => e.seq)).toEqual([4, 3]);
      expect(page.more).toBe(true);

      const check = await store.verifyHistory('full');
      expect(check.problems).toEqual([]);
      expect(check).toMatchObject({ ok: true, depth: 'full', entries: 11, items: 5 });
      expect(check.head).toBe(
        entries.length > 0 ? (await store.listHistory({ limit: 1 })).entries[0]?.hash : '',
      );
      expect(await store.verifyHistory('open')).toMatchObject({ ok: true, depth: 'open', head: check.head });
    });

    it("enters an import engine's stream as one import, and a refused one not at all", async () => {
      const store = getStore();
      const index = new SchemaIndex(loadSchema());
      const person = (id: string, label: string) => ({
        ...prepareEntity(index, { type: 'Person', label }),
        id,
      });
      const link = (id: string, source: string, target: string) => ({
        ...prepareLink(index, { type: 'ASSOCIATE_OF', source, target }, () => 'Person'),
        id,
      });
      await store.createPreparedStream([
        { entities: [person('i1', 'Ito'), person('i2', 'Abe')], links: [] },
        {
          entities: [],
          links: [link('il', 'i1', 'i2')],
          updates: [{ id: 'i1', patch: { notes: 'later row' } }],
        },
      ]);
      await expect(
        store.createPreparedStream([{ entities: [person('i3', 'Ono')], links: [link('ix', 'i3', 'ghost')] }]),
      ).rejects.toThrow();
      expect(await lines(store)).toEqual([
        'import changed entity i1',
        'import added link il',
        'import added entity i2',
        'import added entity i1',
      ]);
      expect(await store.verifyHistory('full')).toMatchObject({ ok: true, entries: 4, items: 3 });
    });

    it('enters a citation that regrades its item as an edit', async () => {
      const store = getStore();
      await store.createEntities([{ id: 'hc', type: 'Person', label: 'Kato' }]);
      const tip = await store.sources.create({ title: 'Informant tip' });
      await store.sources.cite({
        sourceId: tip.id,
        itemKind: 'entity',
        itemId: 'hc',
        reliability: 'D',
        credibility: '4',
      });
      const [last] = (await store.listHistory({ item: 'hc' })).entries;
      expect(last).toMatchObject({ op: 'edit', action: 'changed' });
      expect(Object.keys(last?.changes ?? {})).toEqual(
        expect.arrayContaining(['reliability', 'credibility']),
      );
      expect((await store.verifyHistory('full')).ok).toBe(true);
    });

    it('enters each source and citation added, changed and removed, and the chain still verifies', async () => {
      const store = getStore();
      await store.createEntities([{ id: 'p1', type: 'Person', label: 'Tanaka Taro' }]);
      const source = await store.sources.create({ id: 's1', title: '供述調書', origin: '捜査一課' });
      const citation = await store.sources.cite({
        id: 'c1',
        sourceId: source.id,
        itemKind: 'entity',
        itemId: 'p1',
        reliability: 'B',
        credibility: '2',
      });
      await store.sources.updateCitation(citation.id, { credibility: '3', note: 'p. 3' });
      await store.sources.update(source.id, { title: '供述調書（第2回）' });
      const removed = await store.deleteEntities(['p1']);
      await store.restore(removed);
      await store.deleteEntities(['p1']);
      await store.sources.delete(source.id);

      const { entries } = await store.listHistory({ limit: 50 });
      const evidence = entries
        .filter((e) => e.kind === 'source' || e.kind === 'citation')
        .reverse()
        .map((e) => [e.kind, e.action, e.item, e.label]);
      expect(evidence).toEqual([
        ['source', 'added', 's1', '供述調書'],
        ['citation', 'added', 'c1', '供述調書 → p1'],
        ['citation', 'changed', 'c1', '供述調書 → p1'],
        ['source', 'changed', 's1', '供述調書（第2回）'],
        // The delete takes the citation with the entity; its undo puts both back.
        ['citation', 'removed', 'c1', '供述調書（第2回） → p1'],
        ['citation', 'added', 'c1', '供述調書（第2回） → p1'],
        ['citation', 'removed', 'c1', '供述調書（第2回） → p1'],
        ['source', 'removed', 's1', '供述調書（第2回）'],
      ]);
      const changed = entries.find((e) => e.kind === 'citation' && e.action === 'changed');
      expect(changed?.changes).toMatchObject({
        credibility: { before: '2', after: '3' },
        note: { before: '', after: 'p. 3' },
      });
      // Sources and citations are not items: none is missing once the entity is gone.
      expect(await store.verifyHistory('full')).toMatchObject({ ok: true, items: 0, problems: [] });
    });
  });
}
