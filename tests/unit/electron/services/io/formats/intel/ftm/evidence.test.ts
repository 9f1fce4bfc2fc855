import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ftmExporter } from '../../../../../../../../electron/services/io/formats/intel/ftm/exporter';
import { importFile } from '../../../../../../../../electron/services/io/registry';
import type { GraphStore } from '../../../../../../../../electron/services/store/graph-store';
import { evidenceByLabel, freshCase, schema, tempDir } from '../helpers';

/**
 * Sources leave as FtM Documents and entity citations as Documentation, and come back as the
 * case's sources and citations; anyone else's Documentation stays what it was (a MENTIONED_IN link).
 */

let dir: string;
let source: GraphStore;
const sha256 = 'cd'.repeat(32);

const importFtm = (store: GraphStore, path: string) =>
  importFile(store, { path, format: 'ftm', match: 'identifier', dryRun: false }, { schema });

beforeAll(async () => {
  dir = tempDir('plexus-ftm-evidence-');
  source = await freshCase(dir, 'source');
  await source.createEntities([
    { id: 'p1', type: 'Person', label: '田中 花子' },
    { id: 'o1', type: 'Organization', label: '山口組' },
  ]);
  await source.createLinks([{ id: 'k1', type: 'MEMBER_OF', source: 'p1', target: 'o1' }]);
  const report = await source.sources.create({
    title: '捜査報告書',
    origin: '組織犯罪対策部',
    informationDate: '2023-11',
    file: { name: '報告書.pdf', sha256, size: 2048 },
  });
  for (const [field, reliability, credibility, note] of [
    [null, 'B', '2', '第3項'],
    ['label', 'C', '3', ''],
  ] as const)
    await source.sources.cite({
      sourceId: report.id,
      itemKind: 'entity',
      itemId: 'p1',
      field,
      reliability,
      credibility,
      note,
    });
  await source.sources.cite({
    sourceId: report.id,
    itemKind: 'link',
    itemId: 'k1',
    reliability: 'A',
    credibility: '1',
  });
});
afterAll(async () => {
  await source.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('FtM evidence', () => {
  it('imports a Plexus FtM file into a new case with its sources, entity citations and grades', async () => {
    const path = join(dir, 'case.ftm.json');
    expect(await ftmExporter.write(source, path, { schema })).toEqual({
      files: [path],
      entities: 2,
      links: 1,
    });
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { schema: string; properties: Record<string, string[]> });
    expect(lines.filter((l) => l.schema === 'Documentation').map((l) => l.properties.role)).toEqual([
      ['Admiralty B2'],
      ['Admiralty C3 (label)'],
    ]);

    const target = await freshCase(dir, 'target');
    const report = await importFtm(target, path);
    expect(report.evidence).toEqual({ sources: 1, citations: 2 });
    expect(report.created).toEqual({ entities: 2, links: 1 });
    const original = await evidenceByLabel(source);
    // A link's citation has no place in FtM (a Documentation names a Thing, not an interval).
    expect(await evidenceByLabel(target)).toEqual({
      ...original,
      citations: original.citations.filter((c) => c.item !== '田中 花子 MEMBER_OF 山口組'),
    });
    const [person] = (await target.search({ text: '田中 花子' })).hits.map((h) => h.entity);
    const [was] = await source.getEntities(['p1']);
    expect(person).toMatchObject({ reliability: was?.reliability, credibility: was?.credibility });
    expect((await target.search({ text: '捜査報告書' })).hits).toEqual([]);
    await target.close();
  });

  it("keeps anyone else's Documentation a MENTIONED_IN link", async () => {
    const path = join(dir, 'aleph.ftm.json');
    writeFileSync(
      path,
      [
        { id: 'per-1', schema: 'Person', properties: { name: ['Ivan Petrov'] } },
        { id: 'doc-1', schema: 'Document', properties: { title: ['Leaked ledger'] } },
        {
          id: 'docu-1',
          schema: 'Documentation',
          properties: { document: ['doc-1'], entity: ['per-1'], role: ['Admiralty B2'] },
        },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    const target = await freshCase(dir, 'aleph');
    const report = await importFtm(target, path);
    expect(report.created).toEqual({ entities: 2, links: 1 });
    expect(report.evidence).toBeUndefined();
    expect(await target.sources.list()).toEqual([]);
    await target.close();
  });

  it('fails on a bad or dangling citation, naming the line and field, and leaves the case as it was', async () => {
    const target = await freshCase(dir, 'bad');
    await target.createEntities([{ type: 'Person', label: 'Already here' }]);
    const before = { counts: await target.counts(), evidence: await target.sources.evidence() };
    const lines = (role: string, entity: string) =>
      [
        { id: 'per-1', schema: 'Person', properties: { name: ['Ivan Petrov'] } },
        { id: 'plexus-source-s1', schema: 'Document', properties: { title: ['Ledger'] } },
        {
          id: 'plexus-citation-c1',
          schema: 'Documentation',
          properties: { document: ['plexus-source-s1'], entity: [entity], role: [role] },
        },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n');
    const bad = join(dir, 'bad-grade.ftm.json');
    writeFileSync(bad, lines('Admiralty Q7', 'per-1'));
    await expect(importFtm(target, bad)).rejects.toThrow(
      'bad-grade.ftm.json: line 3: properties.role: "Admiralty Q7" is not an Admiralty grade (as "Admiralty B2")',
    );
    const dangling = join(dir, 'dangling.ftm.json');
    writeFileSync(dangling, lines('Admiralty B2', 'per-404'));
    await expect(importFtm(target, dangling)).rejects.toThrow(
      'dangling.ftm.json: line 3: item: cites entity per-404, which is neither in the file nor in the case',
    );
    expect({ counts: await target.counts(), evidence: await target.sources.evidence() }).toEqual(before);
    await target.close();
  });
});
