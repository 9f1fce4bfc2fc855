import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stixExporter } from '../../../../../../../../electron/services/io/formats/intel/stix/exporter';
import { importFile } from '../../../../../../../../electron/services/io/registry';
import type { GraphStore } from '../../../../../../../../electron/services/store/graph-store';
import { evidenceByLabel, freshCase, schema, tempDir } from '../helpers';

/**
 * Citations leave in STIX as external_references and come back as the case's own sources and
 * citations; anyone's external references become sources cited at F6.
 */

let dir: string;
let source: GraphStore;
const sha256 = 'ab'.repeat(32);

const importStix = (store: GraphStore, path: string) =>
  importFile(store, { path, format: 'stix', match: 'identifier', dryRun: false }, { schema });

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
    note: 'p. 51; table 3',
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
  it('writes each citation as an external reference with its grade, note and file', async () => {
    const path = join(dir, 'bundle.json');
    await stixExporter.write(source, path, { schema });
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as { objects: Record<string, unknown>[] };
    const byPlexus = Object.fromEntries(bundle.objects.map((o) => [String(o.x_plexus_id), o]));
    expect(byPlexus.k1?.external_references).toEqual([
      {
        source_name: 'APT1 report',
        description:
          'Admiralty B2; origin Mandiant; information of 2013-02; file apt1.pdf (10 bytes); p. 51; table 3',
        external_id: 's1',
        hashes: { 'SHA-256': sha256 },
      },
    ]);
    expect(byPlexus.p1?.external_references).toEqual([
      expect.objectContaining({
        description:
          'Admiralty C3; field label; origin Mandiant; information of 2013-02; file apt1.pdf (10 bytes)',
      }),
    ]);
    expect(byPlexus.o1?.external_references).toBeUndefined();
  });

  it('imports a Plexus bundle into a new case with its sources, citations and grades', async () => {
    const path = join(dir, 'round-trip.json');
    await stixExporter.write(source, path, { schema });
    const target = await freshCase(dir, 'round-trip');
    const report = await importStix(target, path);
    expect(report.evidence).toEqual({ sources: 1, citations: 2 });
    expect(await evidenceByLabel(target)).toEqual(await evidenceByLabel(source));
    const [person] = (await target.search({ text: 'Wang Dong' })).hits.map((h) => h.entity);
    const [original] = await source.getEntities(['p1']);
    expect(person).toMatchObject({ reliability: original?.reliability, credibility: original?.credibility });
    // Read back as a citation, the reference is not also a line of notes.
    expect(person?.notes ?? '').not.toContain('Admiralty');

    // The same file again: its source is the case's already, the new entities cite it.
    expect((await importStix(target, path)).evidence).toEqual({ sources: 0, citations: 2 });
    expect((await target.sources.list()).map((s) => s.id)).toEqual(['s1']);
    await target.close();
  });

  it("reads anyone's external references as sources cited at F6, reusing the case's own", async () => {
    const path = join(dir, 'foreign.json');
    const attack = {
      source_name: 'mitre-attack',
      external_id: 'T1566',
      url: 'https://attack.mitre.org/techniques/T1566',
    };
    writeFileSync(
      path,
      JSON.stringify({
        type: 'bundle',
        id: 'bundle--1',
        objects: [
          {
            type: 'intrusion-set',
            spec_version: '2.1',
            id: 'intrusion-set--1',
            name: 'APT-X',
            external_references: [
              attack,
              { source_name: 'CERT bulletin', description: 'seen in 2024', hashes: { 'SHA-256': sha256 } },
            ],
          },
          {
            type: 'malware',
            spec_version: '2.1',
            id: 'malware--1',
            name: 'LoaderY',
            is_family: true,
            external_references: [attack],
          },
          {
            type: 'relationship',
            spec_version: '2.1',
            id: 'relationship--1',
            relationship_type: 'uses',
            source_ref: 'intrusion-set--1',
            target_ref: 'malware--1',
            external_references: [{ source_name: 'CERT bulletin' }],
          },
        ],
      }),
    );
    const target = await freshCase(dir, 'foreign');
    const bulletin = await target.sources.create({ title: 'CERT bulletin', origin: 'CERT bulletin' });
    const report = await importStix(target, path);
    expect(report.evidence).toEqual({ sources: 1, citations: 4 });
    const { sources, citations } = await evidenceByLabel(target);
    expect(sources.map(({ title, origin }) => ({ title, origin }))).toEqual(
      expect.arrayContaining([
        { title: 'CERT bulletin', origin: 'CERT bulletin' },
        { title: 'mitre-attack T1566', origin: 'https://attack.mitre.org/techniques/T1566' },
      ]),
    );
    expect(sources).toHaveLength(2);
    expect(citations.map(({ item, source: s, grade, note }) => [item, s, grade, note])).toEqual([
      ['APT-X', 'mitre-attack T1566', 'F6', ''],
      ['APT-X', 'CERT bulletin', 'F6', `seen in 2024; SHA-256 ${sha256}`],
      [expect.stringContaining('APT-X'), 'CERT bulletin', 'F6', ''],
      ['LoaderY', 'mitre-attack T1566', 'F6', ''],
    ]);
    const bulletinCitations = (await target.sources.evidence()).citations.filter(
      (c) => c.sourceId === bulletin.id,
    );
    expect(bulletinCitations).toHaveLength(2);
    await target.close();
  });

  it('fails on a citation whose grade is no grade, naming the object and field, and leaves the case as it was', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(
      path,
      JSON.stringify({
        type: 'bundle',
        id: 'bundle--2',
        objects: [
          { type: 'threat-actor', spec_version: '2.1', id: 'threat-actor--1', name: 'Actor Z' },
          {
            type: 'malware',
            spec_version: '2.1',
            id: 'malware--2',
            name: 'Bad grade',
            is_family: false,
            external_references: [
              { source_name: 'Report', external_id: 's9', description: 'Admiralty Z9; note' },
            ],
          },
        ],
      }),
    );
    const target = await freshCase(dir, 'bad');
    await target.createEntities([{ type: 'Person', label: 'Already here' }]);
    const before = { counts: await target.counts(), evidence: await target.sources.evidence() };
    await expect(importStix(target, path)).rejects.toThrow(
      'bad.json: malware--2: external_references[0].description: "Admiralty Z9" is not a grade (A-F then 1-6, as B2)',
    );
    expect({ counts: await target.counts(), evidence: await target.sources.evidence() }).toEqual(before);
    await target.close();
  });
});
