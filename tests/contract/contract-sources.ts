import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../../electron/services/store/graph-store';
import { sourceForDocument } from '../../graph-schema/model/document-source';
import { expectError, link, one } from './contract-helpers';

/** Sources and citations (issue 12): evidence beside the records, graded, never dangling. */
export function sourceContract(getStore: () => GraphStore): void {
  describe('sources and citations', () => {
    it('grades an item from its best citation, unless the analyst set it, and refuses a dangling source', async () => {
      const store = getStore();
      const person = await one(store, { type: 'Person', label: '佐藤 健' });
      const bytes = Buffer.from('供述調書 2024-03-01');
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const report = await store.sources.create({
        title: '供述調書',
        origin: '警視庁 捜査一課',
        informationDate: '2024-03',
        file: { name: 'statement.pdf', sha256, size: bytes.length, content: bytes.toString('base64') },
      });
      expect(report.file).toEqual({ name: 'statement.pdf', sha256, size: bytes.length, stored: true });
      expect(Buffer.from((await store.sources.file(report.id)) ?? [])).toEqual(bytes);
      await expectError(
        store.sources.create({ title: 'Bad', file: { name: 'x', sha256, size: 1, content: 'AA==' } }),
        'VALIDATION',
        'file.content',
      );
      const tip = await store.sources.create({ title: 'Informant tip' });

      const weak = await store.sources.cite({
        sourceId: tip.id,
        itemKind: 'entity',
        itemId: person.id,
        reliability: 'D',
        credibility: '4',
      });
      expect((await store.getEntities([person.id]))[0]).toMatchObject({ reliability: 'D', credibility: '4' });
      const strong = await store.sources.cite({
        sourceId: report.id,
        itemKind: 'entity',
        itemId: person.id,
        field: 'props.dateOfBirth',
        reliability: 'B',
        credibility: '2',
        note: 'p. 3',
      });
      expect((await store.getEntities([person.id]))[0]).toMatchObject({ reliability: 'B', credibility: '2' });
      expect(await store.sources.citationsOf([{ itemKind: 'entity', itemId: person.id }])).toEqual([
        weak,
        strong,
      ]);

      // The analyst fixes the grade: citations no longer move it; back to derived, they do.
      await store.updateEntity(person.id, { reliability: 'C', credibility: '3' });
      await store.sources.setGradeMode({ itemKind: 'entity', itemId: person.id }, 'set');
      await store.sources.removeCitation(strong.id);
      expect((await store.getEntities([person.id]))[0]).toMatchObject({ reliability: 'C', credibility: '3' });
      await store.sources.setGradeMode({ itemKind: 'entity', itemId: person.id }, 'derived');
      expect((await store.getEntities([person.id]))[0]).toMatchObject({ reliability: 'D', credibility: '4' });

      await expectError(store.sources.delete(tip.id), 'CONFLICT', 'id');
      expect((await store.sources.list()).map((s) => s.title)).toEqual(['Informant tip', '供述調書']);
      await expectError(
        store.sources.cite({ sourceId: tip.id, itemKind: 'link', itemId: person.id }),
        'NOT_FOUND',
        'itemId',
      );
    });

    it('deletes the citations of deleted items in the same write, so the source can go', async () => {
      const store = getStore();
      const a = await one(store, { type: 'Person', label: 'A' });
      const b = await one(store, { type: 'Person', label: 'B' });
      const knows = await link(store, 'ASSOCIATE_OF', a, b);
      const tip = await store.sources.create({ title: 'Tip' });
      await store.sources.cite({
        sourceId: tip.id,
        itemKind: 'link',
        itemId: knows.id,
        reliability: 'A',
        credibility: '1',
      });
      await store.sources.cite({ sourceId: tip.id, itemKind: 'entity', itemId: b.id });
      expect((await store.getLinks([knows.id]))[0]).toMatchObject({ reliability: 'A', credibility: '1' });

      await store.deleteEntities([a.id]);
      expect(await store.sources.citationsOfSource(tip.id)).toHaveLength(1);
      await store.deleteEntities([b.id]);
      expect(await store.sources.citationsOfSource(tip.id)).toEqual([]);
      await store.sources.delete(tip.id);
      expect(await store.sources.list()).toEqual([]);
    });

    it('undo of a delete brings the items back with their citations and fixed grades', async () => {
      const store = getStore();
      const a = await one(store, { type: 'Person', label: 'A' });
      const b = await one(store, { type: 'Person', label: 'B' });
      const c = await one(store, { type: 'Person', label: 'C' });
      const ab = await link(store, 'ASSOCIATE_OF', a, b);
      const bc = await link(store, 'ASSOCIATE_OF', b, c);
      const tip = await store.sources.create({ title: 'Tip' });
      const cite = (itemKind: 'entity' | 'link', itemId: string) =>
        store.sources.cite({
          sourceId: tip.id,
          itemKind,
          itemId,
          reliability: 'B',
          credibility: '2',
          note: itemId,
        });
      await cite('entity', a.id);
      await cite('link', ab.id);
      await cite('link', bc.id);
      await store.updateLink(ab.id, { reliability: 'C', credibility: '3' });
      await store.sources.setGradeMode({ itemKind: 'link', itemId: ab.id }, 'set');
      const before = await store.sources.evidence();
      const recordsBefore = {
        a: await store.getEntities([a.id]),
        links: await store.getLinks([ab.id, bc.id]),
      };

      // An entity whose link goes with it, then a link on its own, each undone.
      const removed = await store.deleteEntities([a.id]);
      expect(removed.evidence?.citations.map((x) => x.itemId).sort()).toEqual([a.id, ab.id].sort());
      expect(await store.sources.citationsOfSource(tip.id)).toHaveLength(1);
      await store.restore(removed);
      const removedLink = await store.deleteLinks([bc.id]);
      await store.restore(removedLink);

      const after = await store.sources.evidence();
      expect(sortedById(after.citations)).toEqual(sortedById(before.citations));
      expect(after.gradeSet).toEqual(before.gradeSet);
      expect(await store.sources.gradeModes([{ itemKind: 'link', itemId: ab.id }])).toEqual(['set']);
      expect(await store.getEntities([a.id])).toEqual(recordsBefore.a);
      expect(await store.getLinks([ab.id, bc.id])).toEqual(recordsBefore.links);

      // Evidence for an item not being restored is refused, and nothing is restored.
      const again = await store.deleteEntities([c.id]);
      const stray = {
        ...again,
        evidence: { citations: [], gradeSet: [{ itemKind: 'entity' as const, itemId: a.id }] },
      };
      await expectError(store.restore(stray), 'VALIDATION', 'evidence.itemId');
      expect(await store.getEntities([c.id])).toEqual([]);
    });

    it('restores records and their evidence in one transaction: evidence that fails writes neither', async () => {
      const store = getStore();
      const held = await one(store, { type: 'Person', label: '田中 花子' });
      const memo = await store.sources.create({ title: 'メモ' });
      const heldCitation = await store.sources.cite({
        sourceId: memo.id,
        itemKind: 'entity',
        itemId: held.id,
      });
      const before = { counts: await store.counts(), evidence: await store.sources.evidence() };
      // Records and evidence of another case (an import): the second citation reuses a held id.
      const other = await one(store, { type: 'Person', label: '鈴木 一郎' });
      const source = await store.sources.create({ title: '捜査報告書' });
      const first = await store.sources.cite({ sourceId: source.id, itemKind: 'entity', itemId: other.id });
      const second = { ...first, id: heldCitation.id, note: 'another' };
      const exported = await store.sources.evidence();
      const records = { entities: await store.getEntities([other.id]), links: [] };
      await store.sources.removeCitation(first.id);
      await store.sources.delete(source.id);
      await store.deleteEntities([other.id]);
      expect(await store.counts()).toEqual(before.counts);

      const evidence = {
        sources: exported.sources.filter((s) => s.id === source.id),
        citations: [first, second],
        gradeSet: [],
      };
      await expectError(store.restore(records, evidence), 'CONFLICT', 'id');
      expect(await store.counts()).toEqual(before.counts);
      expect(await store.getEntities([other.id])).toEqual([]);
      expect(await store.sources.evidence()).toEqual(before.evidence);

      await store.restore(records, { ...evidence, citations: [first] });
      expect(await store.getEntities([other.id])).toEqual(records.entities);
      expect(await store.sources.citationsOf([{ itemKind: 'entity', itemId: other.id }])).toEqual([first]);
    });

    it('a source stands for a Document entity: one per Document, kept with its title when the Document goes', async () => {
      const store = getStore();
      const doc = await one(store, {
        type: 'Document',
        label: '捜査報告書 第3号',
        props: { published: '2024-03-01', author: '警視庁 組織犯罪対策部' },
      });
      const person = await one(store, { type: 'Person', label: '佐藤 健' });
      const source = await store.sources.create(sourceForDocument(doc));
      expect(source).toMatchObject({
        title: '捜査報告書 第3号',
        origin: '警視庁 組織犯罪対策部',
        informationDate: '2024-03-01',
        documentId: doc.id,
      });
      expect((await store.sources.create({ title: 'Tip' })).documentId).toBeNull();
      await expectError(store.sources.create(sourceForDocument(doc, 'again')), 'CONFLICT', 'documentId');
      await expectError(
        store.sources.create({ title: 'x', documentId: person.id }),
        'VALIDATION',
        'documentId',
      );
      await expectError(store.sources.create({ title: 'x', documentId: 'gone' }), 'NOT_FOUND', 'documentId');

      await store.sources.cite({
        sourceId: source.id,
        itemKind: 'entity',
        itemId: person.id,
        reliability: 'B',
        credibility: '2',
      });
      expect((await store.getEntities([person.id]))[0]).toMatchObject({ reliability: 'B', credibility: '2' });
      const exported = await store.sources.evidence();
      expect(exported.sources.find((s) => s.id === source.id)?.documentId).toBe(doc.id);

      // The Document goes: the source and what cites it stay as they were; undo ties them again.
      const removed = await store.deleteEntities([doc.id]);
      const kept = (await store.sources.list()).find((s) => s.id === source.id);
      expect(kept).toEqual(source);
      expect(await store.sources.citationsOfSource(source.id)).toHaveLength(1);
      expect(await store.sources.evidence()).toEqual(exported);
      await store.restore(removed);
      expect(await store.getEntities([doc.id])).toEqual([doc]);
    });

    it('puts evidence back exactly as exported', async () => {
      const store = getStore();
      const a = await one(store, { type: 'Person', label: 'A' });
      const tip = await store.sources.create({ title: 'Tip', origin: 'phone' });
      const cited = await store.sources.cite({
        sourceId: tip.id,
        itemKind: 'entity',
        itemId: a.id,
        note: 'n',
      });
      await store.sources.setGradeMode({ itemKind: 'entity', itemId: a.id }, 'set');
      const evidence = await store.sources.evidence();
      await store.sources.removeCitation(cited.id);
      await store.sources.setGradeMode({ itemKind: 'entity', itemId: a.id }, 'derived');
      await store.sources.delete(tip.id);

      expect(await store.sources.restoreEvidence(evidence)).toEqual({ sources: 1, citations: 1 });
      expect(await store.sources.evidence()).toEqual(evidence);
    });
  });
}

function sortedById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((x, y) => x.id.localeCompare(y.id));
}
