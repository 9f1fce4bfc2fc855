import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ftmExporter } from '../../../../../../../../electron/services/io/formats/intel/ftm/exporter';
import { createFtmImporter } from '../../../../../../../../electron/services/io/formats/intel/ftm/importer';
import type { GraphStore } from '../../../../../../../../electron/services/store/graph-store';
import { freshCase, readAll, schema, storeRecords, tempDir } from '../helpers';

/** Sources leave as FtM Documents, entity citations as Documentation: a re-import shows them as data. */

let dir: string;
let source: GraphStore;

beforeAll(async () => {
  dir = tempDir('plexus-ftm-evidence-');
  source = await freshCase(dir, 'source');
  await source.createEntities([{ id: 'p1', type: 'Person', label: '田中 花子' }]);
  const report = await source.sources.create({
    title: '捜査報告書',
    origin: '組織犯罪対策部',
    informationDate: '2023-11',
  });
  await source.sources.cite({
    sourceId: report.id,
    itemKind: 'entity',
    itemId: 'p1',
    reliability: 'B',
    credibility: '2',
    note: '第3項',
  });
});
afterAll(async () => {
  await source.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('FtM evidence', () => {
  it('re-imports a source as a Document the cited person is MENTIONED_IN, graded in the role', async () => {
    const path = join(dir, 'case.ftm.json');
    expect(await ftmExporter.write(source, path, { schema })).toEqual({
      files: [path],
      entities: 1,
      links: 0,
    });
    const back = await readAll(createFtmImporter(), path);
    expect(back.rejects).toEqual([]);
    const target = await freshCase(dir, 'target');
    await storeRecords(target, back.entities, back.links);
    const [doc] = (await target.search({ text: '捜査報告書' })).hits.map((h) => h.entity);
    expect(doc).toMatchObject({ type: 'Document', label: '捜査報告書' });
    const [mention] = await target.linksAmong(['p1', doc?.id ?? '']);
    expect(mention).toMatchObject({ type: 'MENTIONED_IN', source: 'p1', target: doc?.id });
    expect(JSON.stringify(mention)).toContain('Admiralty B2');
    await target.close();
  });
});
