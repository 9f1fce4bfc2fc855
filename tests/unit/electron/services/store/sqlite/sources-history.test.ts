import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseFile } from '../../../../../../electron/services/store/sqlite';
import { options, tempDir } from './case-files';

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

describe('sources and citations in the case history', () => {
  it('enters each source and citation added, changed and removed, and the chain still verifies', async () => {
    const store = await createCaseFile(join(temp.dir, 'evidence.plexus'), options);
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
      ['citation', 'removed', 'c1', '供述調書（第2回） → p1'],
      ['source', 'removed', 's1', '供述調書（第2回）'],
    ]);
    const changed = entries.find((e) => e.kind === 'citation' && e.action === 'changed');
    expect(changed?.changes).toMatchObject({
      credibility: { before: '2', after: '3' },
      note: { before: '', after: 'p. 3' },
    });
    const check = await store.verifyHistory('full');
    expect(check).toMatchObject({ ok: true, items: 0 });
    await store.close();
  });
});
