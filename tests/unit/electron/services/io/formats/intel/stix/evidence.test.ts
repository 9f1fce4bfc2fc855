import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stixExporter } from '../../../../../../../../electron/services/io/formats/intel/stix/exporter';
import { createStixImporter } from '../../../../../../../../electron/services/io/formats/intel/stix/importer';
import type { GraphStore } from '../../../../../../../../electron/services/store/graph-store';
import { freshCase, readAll, schema, storeRecords, tempDir } from '../helpers';

/** Citations leave in STIX as external_references and come back as readable text on the item. */

let dir: string;
let source: GraphStore;
const sha256 = 'ab'.repeat(32);

beforeAll(async () => {
  dir = tempDir('plexus-stix-evidence-');
  source = await freshCase(dir, 'source');
  await source.createEntities([
    { id: 'p1', type: 'Person', label: 'Wang Dong' },
    { id: 'o1', type: 'Organization', label: 'Unit 61398' },
  ]);
  await source.createLinks([{ id: 'k1', type: 'MEMBER_OF', source: 'p1', target: 'o1' }]);
  const report = await source.sources.create({
    id: 's1',
    title: 'APT1 report',
    origin: 'Mandiant',
    informationDate: '2013-02',
    file: { name: 'apt1.pdf', sha256, size: 10 },
  });
  await source.sources.cite({
    sourceId: report.id,
    itemKind: 'link',
    itemId: 'k1',
    reliability: 'B',
    credibility: '2',
    note: 'p. 51',
  });
  await source.sources.cite({
    sourceId: report.id,
    itemKind: 'entity',
    itemId: 'p1',
    field: 'label',
    reliability: 'C',
    credibility: '3',
  });
});
afterAll(async () => {
  await source.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('STIX evidence', () => {
  it('writes each citation as an external reference with its grade, note and file hash', async () => {
    const path = join(dir, 'bundle.json');
    await stixExporter.write(source, path, { schema });
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as { objects: Record<string, unknown>[] };
    const byPlexus = Object.fromEntries(bundle.objects.map((o) => [String(o.x_plexus_id), o]));
    expect(byPlexus.k1?.external_references).toEqual([
      {
        source_name: 'APT1 report',
        description: 'Admiralty B2; origin Mandiant; information of 2013-02; p. 51',
        external_id: 's1',
        hashes: { 'SHA-256': sha256 },
      },
    ]);
    expect(byPlexus.p1?.external_references).toEqual([
      expect.objectContaining({
        description: 'Admiralty C3; field label; origin Mandiant; information of 2013-02',
      }),
    ]);
    expect(byPlexus.o1?.external_references).toBeUndefined();

    const back = await readAll(createStixImporter(), path);
    const target = await freshCase(dir, 'target');
    await storeRecords(target, back.entities, back.links);
    const [person] = (await target.search({ text: 'Wang Dong' })).hits.map((h) => h.entity);
    expect(person?.notes).toContain('Admiralty C3');
    await target.close();
  });
});
