import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportNativeJson, importNativeJson } from '../../../../../electron/services/io/native-json';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../electron/services/store/sqlite/index';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';
import type { Evidence } from '../../../../../graph-schema/model/sources';

/** Sources and citations travel in the native JSON file and land in the case as they were. */

const schema = new SchemaIndex(loadSchema());
let dir: string;
let exported: string;
let evidence: Evidence;
let counter = 0;

const freshCase = (): Promise<GraphStore> =>
  createCaseFile(join(dir, `case-${counter++}.plexus`), { actor: 'importer', schema });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-json-evidence-'));
  exported = join(dir, 'case.json');
  const store = await freshCase();
  const [a, b, d] = await store.createEntities([
    { type: 'Person', label: '鈴木 一郎' },
    { type: 'Organization', label: '山口組' },
    { type: 'Document', label: '捜査報告書' },
  ]);
  if (!a || !b || !d) throw new Error('no entities');
  const [member] = await store.createLinks([{ type: 'MEMBER_OF', source: a.id, target: b.id }]);
  if (!member) throw new Error('no link');
  const report = await store.sources.create({
    title: '捜査報告書',
    origin: '組織犯罪対策部',
    informationDate: '2023-11',
    documentId: d.id, // the source stands for the Document: the tie travels with it
  });
  const tip = await store.sources.create({
    title: 'Informant',
    file: { name: 'tip.txt', sha256: 'a'.repeat(64), size: 9 },
  });
  await store.sources.cite({
    sourceId: report.id,
    itemKind: 'link',
    itemId: member.id,
    reliability: 'B',
    credibility: '2',
    note: 'p. 12',
  });
  await store.sources.cite({
    sourceId: tip.id,
    itemKind: 'entity',
    itemId: a.id,
    field: 'label',
    reliability: 'C',
    credibility: '3',
  });
  await store.sources.setGradeMode({ itemKind: 'entity', itemId: b.id }, 'set');
  evidence = await store.sources.evidence();
  await exportNativeJson(store, exported);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('native JSON evidence', () => {
  it('round-trips sources, citations and set grades; the same file again writes nothing', async () => {
    expect(evidence.citations).toHaveLength(2);
    expect(evidence.sources.filter((s) => s.documentId !== null)).toHaveLength(1);
    const target = await freshCase();
    expect(await importNativeJson(target, exported)).toMatchObject({
      evidence: { sources: 2, citations: 2 },
    });
    expect(await target.sources.evidence()).toEqual(evidence);
    const [member] = await target.getLinks([evidence.citations[0]?.itemId ?? '']);
    expect(member).toMatchObject({ reliability: 'B', credibility: '2' });
    expect(await importNativeJson(target, exported)).not.toHaveProperty('evidence');
    expect(await target.sources.evidence()).toEqual(evidence);
    await target.close();
  });

  it('reads a file written before sources could stand for a Document: its sources stand for none', async () => {
    const doc = JSON.parse(readFileSync(exported, 'utf8'));
    for (const source of doc.evidence.sources) delete source.documentId;
    const path = join(dir, 'older.json');
    writeFileSync(path, JSON.stringify(doc));
    const target = await freshCase();
    await importNativeJson(target, path);
    const read = await target.sources.evidence();
    expect(read.sources).toEqual(evidence.sources.map((s) => ({ ...s, documentId: null })));
    await target.close();
  });

  it('refuses a citation of an item in neither the file nor the case, naming it, and writes nothing', async () => {
    const doc = JSON.parse(readFileSync(exported, 'utf8'));
    doc.evidence.citations[1].itemId = 'nobody';
    const path = join(dir, 'dangling.json');
    writeFileSync(path, JSON.stringify(doc));
    const target = await freshCase();
    await expect(importNativeJson(target, path)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining(
        'dangling.json: evidence.citations[1].itemId: no entity with id nobody',
      ),
    });
    expect((await target.counts()).entityCount).toBe(0);
    expect(await target.sources.list()).toEqual([]);
    await target.close();
  });

  it('a file whose evidence fails half-way leaves the case exactly as it was', async () => {
    const target = await freshCase();
    const [held] = await target.createEntities([{ type: 'Person', label: '田中 花子' }]);
    if (!held) throw new Error('no entity');
    const memo = await target.sources.create({ title: 'メモ' });
    const heldCitation = await target.sources.cite({
      sourceId: memo.id,
      itemKind: 'entity',
      itemId: held.id,
    });
    const before = {
      counts: await target.counts(),
      entities: await target.getEntities([held.id]),
      evidence: await target.sources.evidence(),
    };
    // The file's second citation reuses an id the case holds for another citation: the store
    // refuses it only after the records, the sources and the first citation were written.
    const doc = JSON.parse(readFileSync(exported, 'utf8'));
    doc.evidence.citations[1].id = heldCitation.id;
    const path = join(dir, 'clash.json');
    writeFileSync(path, JSON.stringify(doc));

    await expect(importNativeJson(target, path)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('clash.json: a citation with id'),
    });
    expect(await target.counts()).toEqual(before.counts);
    expect(await target.getEntities([held.id])).toEqual(before.entities);
    expect(await target.getEntities(doc.entities.map((e: { id: string }) => e.id))).toEqual([]);
    expect(await target.sources.evidence()).toEqual(before.evidence);
    await target.close();
  });
});
