import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Link } from '../../../../../graph-schema/model/records';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';
import { generateDemoCase } from '../../../../../electron/services/demo/index';
import { exportNativeJson, importNativeJson } from '../../../../../electron/services/io/native-json';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../electron/services/store/sqlite/index';

const schema = new SchemaIndex(loadSchema());
let dir: string;
let counter = 0;
let source: GraphStore;
let exported: string;
let original: { entities: Entity[]; links: Link[] };

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

async function freshCase(actor = 'importer'): Promise<GraphStore> {
  return createCaseFile(join(dir, `case-${counter++}.plexus`), {
    actor,
    schema,
    now: () => new Date('2030-01-01T00:00:00Z'),
  });
}

async function all(store: GraphStore) {
  const entities: Entity[] = [];
  const links: Link[] = [];
  for await (const batch of store.scanEntities(100)) entities.push(...batch);
  for await (const batch of store.scanLinks(100)) links.push(...batch);
  return { entities: byId(entities), links: byId(links) };
}

/** The export, changed by `edit`, written to a new file named `name`. */
function variant(
  name: string,
  edit: (doc: {
    entities: Record<string, unknown>[];
    links: Record<string, unknown>[];
    version: unknown;
    format: unknown;
  }) => void,
): string {
  const doc = JSON.parse(readFileSync(exported, 'utf8'));
  edit(doc);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-json-'));
  source = await createCaseFile(join(dir, 'source.plexus'), { actor: 'author', schema });
  await generateDemoCase(source, { size: 200, seed: 3 });
  original = await all(source);
  exported = join(dir, 'case.json');
});
afterAll(async () => {
  await source.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exportNativeJson', () => {
  it('writes the envelope and every record', async () => {
    const result = await exportNativeJson(source, exported);
    expect(result).toEqual({ path: exported, entities: 200, links: original.links.length });
    const doc = JSON.parse(readFileSync(exported, 'utf8'));
    expect(doc.format).toBe('plexus-case');
    expect(doc.version).toBe(1);
    expect(Number.isNaN(Date.parse(doc.exportedAt))).toBe(false);
    expect(byId(doc.entities)).toEqual(original.entities);
    expect(byId(doc.links)).toEqual(original.links);
  });

  it('fails with IO naming the file when the folder does not exist', async () => {
    await expect(exportNativeJson(source, join(dir, 'missing', 'x.json'))).rejects.toMatchObject({
      code: 'IO',
      message: expect.stringContaining('x.json'),
    });
  });
});

describe('importNativeJson', () => {
  it('round-trips losslessly, audit fields included, and skips what is already there', async () => {
    const target = await freshCase();
    const result = await importNativeJson(target, exported);
    expect(result).toEqual({ entities: 200, links: original.links.length, skipped: 0 });
    expect(await all(target)).toEqual(original);
    const again = await importNativeJson(target, exported);
    expect(again).toEqual({ entities: 0, links: 0, skipped: 200 + original.links.length });
    await target.close();
  });

  it('names the file and the item of a bad record, and writes nothing', async () => {
    const path = variant('bad-record.json', (doc) => {
      const item = doc.entities[3];
      if (item) item.validFrom = 'last spring';
    });
    const target = await freshCase();
    await expect(importNativeJson(target, path)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^bad-record\.json: entities\[3\]\.validFrom: must be a date/),
    });
    expect((await target.counts()).entityCount).toBe(0);
    await target.close();
  });

  it('names a link whose end is neither in the file nor in the case', async () => {
    const path = variant('dangling.json', (doc) => {
      const item = doc.links[2];
      if (item) item.source = 'nobody';
    });
    const target = await freshCase();
    await expect(importNativeJson(target, path)).rejects.toThrow(
      'dangling.json: links[2].source: no entity with id nobody',
    );
    expect((await target.counts()).entityCount).toBe(0);
    await target.close();
  });

  it('refuses ids held with other content, naming them, and writes nothing', async () => {
    const target = await freshCase();
    const first = original.entities[0];
    if (!first) throw new Error('empty export');
    await target.restore({ entities: [{ ...first, label: 'Changed since' }], links: [] });
    await expect(importNativeJson(target, exported)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(first.id),
    });
    expect((await target.counts()).entityCount).toBe(1);
    await target.close();
  });

  it('refuses unknown formats and versions', async () => {
    const target = await freshCase();
    const newer = variant('newer.json', (doc) => {
      doc.version = 2;
    });
    await expect(importNativeJson(target, newer)).rejects.toThrow(
      /^newer\.json: version 2 was written by a newer Plexus/,
    );
    const odd = variant('odd.json', (doc) => {
      doc.version = 'one';
    });
    await expect(importNativeJson(target, odd)).rejects.toThrow(/odd\.json: unknown version "one"/);
    const other = variant('other.json', (doc) => {
      doc.format = 'graphml';
    });
    await expect(importNativeJson(target, other)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('other.json: not a Plexus case export'),
    });
    await target.close();
  });

  it('reports unparseable JSON with file and line, and a missing file as NOT_FOUND', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "plexus-case",\n"version": 1,\n"entities": [,]}');
    const target = await freshCase();
    await expect(importNativeJson(target, broken)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^broken\.json: not valid JSON at line 3, column \d+/),
    });
    await expect(importNativeJson(target, join(dir, 'nope.json'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('nope.json'),
    });
    await target.close();
  });
});
