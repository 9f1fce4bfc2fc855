import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../../../electron/ipc/handlers';
import { windowSession, type Send } from './window-session';
import { createAppServices, type AppServices } from '../../../../electron/services/app-services';
import { METHOD_NAMES } from '../../../../graph-schema/contract/methods';
import type { Entity, Link } from '../../../../graph-schema/model/records';

let dir: string;
let services: AppServices;
let handlers: Handlers;
let send: Send;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-handlers-'));
  services = createAppServices({ home: join(dir, 'home'), casesDir: join(dir, 'cases'), actor: 'tester' });
  handlers = createHandlers(services);
  send = windowSession(services);
});
afterAll(async () => {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Calls through dispatch, as both transports do, and unwraps a success. */
async function call<T>(method: string, payload: unknown): Promise<T> {
  const envelope = await send(method, payload);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

describe('createHandlers over a real case file', () => {
  it('has one handler per contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('answers NO_CASE_OPEN to graph methods before a case is open', async () => {
    expect(await send('getEntities', { ids: ['x'] })).toMatchObject({
      ok: false,
      error: { code: 'NO_CASE_OPEN' },
    });
    expect(await call('getCaseInfo', {})).toBeNull();
  });

  it('creates a case, edits it, queries it, and exports and imports it', async () => {
    const info = await call<{ name: string; store: { location: string } }>('createCase', {
      path: 'Operation Tern',
    });
    expect(info.name).toBe('Operation Tern');
    expect(info.store.location).toBe(join(dir, 'cases', 'Operation Tern.plexus'));

    const wang = await call<Entity>('createEntity', { entity: { type: 'Person', label: 'Wáng Wěi' } });
    const acme = await call<Entity>('createEntity', {
      entity: { type: 'Company', label: 'Harbour Optics Ltd' },
    });
    expect(wang.createdBy).toBe('tester');
    const job = await call<Link>('createLink', {
      link: { type: 'EMPLOYED_BY', source: wang.id, target: acme.id },
    });
    const renamed = await call<Entity>('updateEntity', { id: wang.id, patch: { notes: 'met in 2019' } });
    expect(renamed.notes).toBe('met in 2019');

    const found = await call<{ hits: { entity: Entity }[] }>('search', { text: 'wang' });
    expect(found.hits.map((h) => h.entity.id)).toContain(wang.id);
    const expanded = await call<{ entities: Entity[] }>('expand', { ids: [wang.id] });
    expect(expanded.entities.map((e) => e.id)).toEqual([acme.id]);
    const path = await call<{ paths: { linkIds: string[] }[] }>('findPaths', { from: wang.id, to: acme.id });
    expect(path.paths.map((p) => p.linkIds)).toEqual([[job.id]]);
    expect(await call<Link[]>('linksAmong', { ids: [wang.id, acme.id] })).toHaveLength(1);
    expect(await call('getCaseInfo', {})).toMatchObject({ entityCount: 2, linkCount: 1 });

    const exportFile = join(dir, 'tern.json');
    expect(await call('exportCase', { path: exportFile, format: 'json' })).toEqual({
      files: [exportFile],
      entities: 2,
      links: 1,
    });
    expect(existsSync(exportFile)).toBe(true);
    // The import wizard lists data files in the cases folder by their ending, not case files.
    writeFileSync(join(dir, 'cases', 'people.csv'), 'name\nAnn\n');
    writeFileSync(join(dir, 'cases', 'photo.png'), 'not data');
    const listed = await call<{ files: { name: string }[] }>('listImportFiles', {});
    expect(listed.files.map((f) => f.name)).toEqual(['people.csv']);
    // Only what is on a chart: one entity and no link (its other end is not listed).
    const chartFile = join(dir, 'chart.json');
    expect(
      await call('exportCase', {
        path: chartFile,
        format: 'json',
        only: { entities: [wang.id], links: [job.id] },
      }),
    ).toEqual({ files: [chartFile], entities: 1, links: 0 });

    const removed = await call<{ entities: Entity[]; links: Link[] }>('deleteEntities', { ids: [wang.id] });
    expect(removed.links.map((l) => l.id)).toEqual([job.id]);
    await call('restoreItems', removed);
    expect(await call('getCaseInfo', {})).toMatchObject({ entityCount: 2, linkCount: 1 });

    await call('createCase', { path: 'Copy' });
    expect(await call('previewImport', { path: exportFile })).toMatchObject({
      format: 'json',
      counts: { entities: 2, links: 1 },
    });
    expect(await call('importCase', { path: exportFile, dryRun: true })).toMatchObject({
      format: 'json',
      dryRun: true,
      created: { entities: 2, links: 1 },
    });
    expect(await call('getCaseInfo', {})).toMatchObject({ name: 'Copy', entityCount: 0 });
    expect(await call('importCase', { path: exportFile, format: 'json' })).toMatchObject({
      format: 'json',
      dryRun: false,
      created: { entities: 2, links: 1 },
      rejectedTotal: 0,
    });
    expect(await call('importProgress', {})).toMatchObject({ running: false, phase: 'done', rowsRead: 3 });
    expect(await call('cancelImport', {})).toEqual({ cancelled: false });
    expect(await call('getCaseInfo', {})).toMatchObject({ name: 'Copy', entityCount: 2, linkCount: 1 });

    const recent = await call<{ name: string }[]>('listRecentCases', {});
    expect(recent.map((r) => r.name)).toEqual(['Copy', 'Operation Tern']);
    const files = await call<{ files: { name: string }[] }>('listCaseFiles', {});
    expect(files.files.map((f) => f.name)).toEqual(['Copy', 'Operation Tern']);
    expect(await call('closeCase', {})).toEqual({ closed: true });
  });

  it('passes the store’s VALIDATION errors through, naming the field', async () => {
    await call('createCase', { path: 'Strict' });
    const answer = await send('createEntity', { entity: { type: 'Spaceship', label: 'x' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!answer.ok) expect(answer.error.details?.[0]?.field).toMatch(/type/);
    expect(await send('createCase', { path: 'Strict' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('generates the demo case on first use and reopens the same file after', async () => {
    const first = await call<{ name: string; entityCount: number; linkCount: number }>('openDemoCase', {});
    expect(first.name).toBe('Demo case');
    expect(first.entityCount).toBeGreaterThan(0);
    await call('closeCase', {});
    expect(await call('openDemoCase', {})).toEqual(first);
  });

  it('saves and loads mapping templates, bare names in the cases folder', async () => {
    const mapping = {
      shape: 'edge-list',
      header: false,
      entityType: 'Person',
      link: { type: { fixed: 'ASSOCIATE_OF' } },
    };
    expect(await call('saveMapping', { path: 'edges.mapping.json', mapping })).toEqual({
      path: join(dir, 'cases', 'edges.mapping.json'),
    });
    expect(await call('loadMapping', { path: 'edges.mapping.json' })).toEqual({
      ...mapping,
      link: { type: { fixed: 'ASSOCIATE_OF' }, fields: {} },
    });
  });

  it('refuses a table import without a mapping, and a missing file, leaving the case as it was', async () => {
    await call('createCase', { path: 'Tables' });
    writeFileSync(join(dir, 'cases', 'people.csv'), 'name\nAnn\n');
    expect(await send('importCase', { path: 'people.csv' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('a mapping is required for csv') },
    });
    expect(await send('importCase', { path: 'nowhere.json' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call('importProgress', {})).toMatchObject({ running: false, phase: 'failed' });
    expect(await call('getCaseInfo', {})).toMatchObject({ name: 'Tables', entityCount: 0 });
  });

  it('returns the schema in force', async () => {
    const schema = await call<{ entityTypes: { name: string }[] }>('getSchema', {});
    expect(schema.entityTypes.map((t) => t.name)).toContain('Person');
  });
});
