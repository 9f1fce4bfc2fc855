import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stixExporter } from '../../../../../../../../electron/services/io/formats/intel/stix/exporter';
import { createStixImporter } from '../../../../../../../../electron/services/io/formats/intel/stix/importer';
import { uuid5 } from '../../../../../../../../electron/services/io/formats/intel/stix/uuid5';
import type { GraphStore } from '../../../../../../../../electron/services/store/graph-store';
import {
  countBy,
  freshCase,
  PUBLIC_DIR,
  publicPresent,
  readAll,
  schema,
  storeRecords,
  tempDir,
} from '../helpers';

const importer = createStixImporter();
let dir: string;
let source: GraphStore;

beforeAll(async () => {
  dir = tempDir('plexus-stix-export-');
  source = await freshCase(dir, 'source');
  await source.createEntities([
    { id: 'p1', type: 'Person', label: 'Wang Dong', credibility: '2' },
    { id: 'o1', type: 'Organization', label: 'Unit 61398' },
    {
      id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
      type: 'Identifier',
      label: "it's.example",
      props: { identifierKind: 'other' },
    },
    { id: 'i2', type: 'Identifier', label: '10.0.0.1', props: { identifierKind: 'ip address' } },
    { id: 'l1', type: 'Location', label: 'Shanghai', props: { country: 'CN' } },
    { id: 'd1', type: 'Document', label: 'APT1 report', props: { documentKind: 'report' } },
  ]);
  await source.createLinks([
    { id: 'k1', type: 'POSSIBLE_TASKING_BY', source: 'p1', target: 'o1', validFrom: '2013-02' },
    { id: 'k2', type: 'USES', source: 'o1', target: 'i2' },
    { id: 'k3', type: 'LOCATED_AT', source: 'o1', target: 'l1' },
    { id: 'k4', type: 'MENTIONED_IN', source: 'o1', target: 'd1' },
  ]);
});
afterAll(async () => {
  await source.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('uuid5', () => {
  it('matches the RFC 4122 example (DNS namespace, python.org)', () => {
    // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))"
    expect(uuid5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });
});

describe('STIX export', () => {
  it('writes a bundle with deterministic ids, indicators with patterns and report contents', async () => {
    const path = join(dir, 'a.json');
    expect(await stixExporter.write(source, path, { schema })).toEqual({
      files: [path],
      entities: 6,
      links: 4,
    });
    await stixExporter.write(source, join(dir, 'b.json'), { schema });
    const a = JSON.parse(readFileSync(path, 'utf8')) as { type: string; objects: Record<string, unknown>[] };
    const b = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as typeof a;
    expect(a.type).toBe('bundle');
    expect(a.objects.map((o) => o.id)).toEqual(b.objects.map((o) => o.id));
    const byPlexus = Object.fromEntries(a.objects.map((o) => [String(o.x_plexus_id), o]));
    expect(byPlexus.p1).toMatchObject({ type: 'identity', identity_class: 'individual', confidence: 70 });
    expect(byPlexus['6ba7b810-9dad-11d1-80b4-00c04fd430c8']).toMatchObject({
      id: 'indicator--6ba7b810-9dad-11d1-80b4-00c04fd430c8',
      pattern: "[x-plexus-identifier:value = 'it\\'s.example']",
    });
    expect(byPlexus.i2).toMatchObject({ pattern: "[ipv4-addr:value = '10.0.0.1']", pattern_type: 'stix' });
    expect(byPlexus.d1).toMatchObject({ type: 'report', object_refs: [byPlexus.o1?.id] });
    expect(byPlexus.k1).toMatchObject({
      type: 'relationship',
      relationship_type: 'possible-tasking-by',
      source_ref: byPlexus.p1?.id,
      target_ref: byPlexus.o1?.id,
      start_time: '2013-02-01T00:00:00Z',
    });
    expect(byPlexus.k4).toBeUndefined();
  });

  it('re-imports with types, labels and links kept', async () => {
    const path = join(dir, 'round.json');
    await stixExporter.write(source, path, { schema });
    const { entities, links, rejects } = await readAll(importer, path);
    expect(rejects).toEqual([]);
    expect(entities.map((e) => [e.input.type, e.input.label]).sort()).toEqual(
      [
        ['Document', 'APT1 report'],
        ['Identifier', "it's.example"],
        ['Identifier', '10.0.0.1'],
        ['Location', 'Shanghai'],
        ['Organization', 'Unit 61398'],
        ['Person', 'Wang Dong'],
      ].sort(),
    );
    expect(links.map((l) => String(l.input.type)).sort()).toEqual([
      'LOCATED_AT',
      'MENTIONED_IN',
      'POSSIBLE_TASKING_BY',
      'USES',
    ]);
  });
});

describe.skipIf(!publicPresent)('STIX public round trip', () => {
  it('stix_apt1.json -> case -> bundle -> the same entity and link counts', async () => {
    const first = await readAll(importer, join(PUBLIC_DIR, 'stix_apt1.json'));
    const store = await freshCase(dir, 'apt1');
    await storeRecords(store, first.entities, first.links);
    const path = join(dir, 'apt1-out.json');
    await stixExporter.write(store, path, { schema });
    await store.close();
    const second = await readAll(importer, path);
    expect(second.rejects).toEqual([]);
    const types = (r: typeof first) => countBy(r.entities, (e) => String(e.input.type));
    const linkTypes = (r: typeof first) => countBy(r.links, (l) => String(l.input.type));
    expect(types(second)).toEqual(types(first));
    expect(linkTypes(second)).toEqual(linkTypes(first));
  });
});
