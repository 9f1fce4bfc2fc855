import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Link } from '../../../../../../../../graph-schema/model/records';
import { ftmExporter } from '../../../../../../../../electron/services/io/formats/intel/ftm/exporter';
import { createFtmImporter } from '../../../../../../../../electron/services/io/formats/intel/ftm/importer';
import type { GraphStore } from '../../../../../../../../electron/services/store/graph-store';
import { freshCase, readAll, schema, storeRecords, tempDir } from '../helpers';

const importer = createFtmImporter();
let dir: string;
let source: GraphStore;

async function everything(store: GraphStore) {
  const entities: Entity[] = [];
  const links: Link[] = [];
  for await (const batch of store.scanEntities(100)) entities.push(...batch);
  for await (const batch of store.scanLinks(100)) links.push(...batch);
  return { entities, links };
}

beforeAll(async () => {
  dir = tempDir('plexus-ftm-export-');
  source = await freshCase(dir, 'source');
  await source.createEntities([
    {
      id: 'p1',
      type: 'Person',
      label: 'Zhāng Wěi',
      aliases: ['张伟'],
      validFrom: '2019-04',
      props: { nationality: 'CN', dateOfBirth: '1980' },
    },
    { id: 'p2', type: 'Person', label: 'Li Na', confidence: 'possible', reliability: 'B', credibility: '2' },
    {
      id: 'o1',
      type: 'Organization',
      label: 'MSS Bureau 7',
      props: { orgKind: 'intelligence service', stateLinked: true },
    },
    {
      id: 'c1',
      type: 'Company',
      label: 'Acme Trading',
      notes: 'Shell company.\nTwo lines.',
      props: { jurisdiction: 'HK', incorporated: '2015-03-02' },
    },
    { id: 'l1', type: 'Location', label: '1 Harbour Rd', props: { locationKind: 'address', country: 'HK' } },
    { id: 'i1', type: 'Identifier', label: '+852 5555 0100', props: { identifierKind: 'phone' } },
    { id: 'a1', type: 'Asset', label: 'Ocean Star', props: { assetKind: 'vessel', registration: '9187629' } },
    { id: 'd1', type: 'Document', label: 'Court filing', props: { documentKind: 'court record' } },
    {
      id: 'x1',
      type: 'Incident',
      label: 'Data leak',
      validFrom: '2021-01-05',
      props: { incidentKind: 'data leak' },
    },
  ]);
  await source.createLinks([
    {
      id: 'k1',
      type: 'OWNS',
      source: 'p1',
      target: 'c1',
      validFrom: '2016',
      validTo: '2020-06',
      props: { share: 40 },
    },
    { id: 'k2', type: 'OWNS', source: 'p1', target: 'c1', validFrom: '2020-07', props: { share: 60 } },
    { id: 'k3', type: 'OFFICER_OF', source: 'p2', target: 'c1', props: { position: 'director' } },
    { id: 'k4', type: 'FAMILY_OF', source: 'p1', target: 'p2', props: { relationship: 'spouse' } },
    {
      id: 'k5',
      type: 'PAID',
      source: 'c1',
      target: 'o1',
      validFrom: '2021-02-03',
      props: { amount: 5000, currency: 'USD' },
    },
    { id: 'k6', type: 'LOCATED_AT', source: 'c1', target: 'l1' },
    { id: 'k7', type: 'USES', source: 'p1', target: 'i1' },
    { id: 'k8', type: 'MENTIONED_IN', source: 'p1', target: 'd1', props: { page: 'p. 4' } },
    { id: 'k9', type: 'ASSOCIATE_OF', source: 'p2', target: 'o1', props: { context: 'met in 2019' } },
    {
      id: 'k10',
      type: 'POSSIBLE_TASKING_BY',
      source: 'p1',
      target: 'o1',
      props: { basis: 'travel pattern' },
    },
    { id: 'k11', type: 'OWNS', source: 'c1', target: 'a1' },
    { id: 'k12', type: 'INVOLVED_IN', source: 'i1', target: 'x1', props: { role: 'suspect' } },
  ]);
});
afterAll(async () => {
  await source.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('FtM export', () => {
  it('writes one FtM entity per line with edge schemata for links', async () => {
    const path = join(dir, 'case.ftm.json');
    expect(await ftmExporter.write(source, path, { schema })).toEqual({
      files: [path],
      entities: 9,
      links: 12,
    });
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const schemata = Object.fromEntries(lines.map((l) => [String(l.id), l.schema]));
    expect(schemata).toMatchObject({
      p1: 'Person',
      l1: 'Address',
      i1: 'Identification',
      a1: 'Vessel',
      x1: 'Event',
      k1: 'Ownership',
      k3: 'Directorship',
      k5: 'Payment',
      k8: 'Documentation',
      k9: 'UnknownLink',
    });
    const own = lines.find((l) => l.id === 'k1');
    expect(own?.properties).toMatchObject({
      owner: ['p1'],
      asset: ['c1'],
      percentage: ['40'],
      startDate: ['2016'],
      endDate: ['2020-06'],
    });
  });

  it('re-imports into a new case with labels, types, props, links and dates kept', async () => {
    const path = join(dir, 'round.ftm.json');
    await ftmExporter.write(source, path, { schema });
    const { entities, links, rejects } = await readAll(importer, path);
    expect(rejects).toEqual([]);
    const target = await freshCase(dir, 'target');
    expect(await storeRecords(target, entities, links)).toEqual({ missingEnds: 0 });
    const before = await everything(source);
    const after = await everything(target);
    const entityView = (e: Entity) => ({
      id: e.id,
      type: e.type,
      label: e.label,
      aliases: e.aliases,
      props: e.props,
      validFrom: e.validFrom,
      validTo: e.validTo,
      grading: [e.confidence, e.reliability, e.credibility, e.classification],
    });
    const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
    expect(after.entities.map(entityView).sort(byId)).toEqual(before.entities.map(entityView).sort(byId));
    expect(after.entities.find((e) => e.id === 'c1')?.notes).toBe('Shell company.\nTwo lines.');
    const linkView = (l: Link) =>
      [l.type, l.source, l.target, l.validFrom, l.validTo, JSON.stringify(l.props)].join('|');
    expect(after.links.map(linkView).sort()).toEqual(before.links.map(linkView).sort());
    await target.close();
  });
});
