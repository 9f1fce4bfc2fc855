import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createCaseService,
  listCaseFiles,
  MAX_RECENT,
  resolveCasePath,
  type CaseService,
} from '../../../../../electron/services/cases';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { RecentCases } from '../../../../../electron/services/cases/recent';
import { CaseHolds } from '../../../../../electron/services/sessions';
import { fakeBackend, fakeStore } from './fake-backend';

let dir: string;
let home: string;
let casesDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cases-'));
  home = join(dir, 'home');
  casesDir = join(dir, 'cases');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function service(fake = fakeBackend(), clock?: () => Date): CaseService {
  return createCaseService({
    recent: new RecentCases(home),
    holds: new CaseHolds(),
    holder: { sessionId: 'window-1', label: 'another window' },
    casesDir,
    actor: 'tester',
    index: new SchemaIndex({ entityTypes: [], linkTypes: [] }),
    backend: fake.backend,
    ...(clock ? { now: clock } : {}),
  });
}

/** A clock that moves one second per call, so recent entries have distinct times. */
function ticking(): () => Date {
  let t = Date.parse('2024-01-01T00:00:00Z');
  return () => new Date((t += 1000));
}

async function errorOf(promise: Promise<unknown>): Promise<PlexusError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlexusError);
  return error as PlexusError;
}

describe('resolveCasePath', () => {
  it('puts a bare name in the cases folder and adds the extension', () => {
    expect(resolveCasePath('/cases', 'Operation Tern')).toBe(join('/cases', 'Operation Tern.plexus'));
    expect(resolveCasePath('/cases', '/elsewhere/x.plexus')).toBe(join('/elsewhere', 'x.plexus'));
    expect(resolveCasePath('/cases', 'y.PLEXUS')).toBe(join('/cases', 'y.PLEXUS'));
  });

  it('refuses an empty name', () => {
    expect(() => resolveCasePath('/cases', '  ')).toThrow(/path/);
  });
});

describe('CaseService', () => {
  it('creates a case by bare name in the cases folder and opens it', async () => {
    const cases = service();
    const info = await cases.create('Operation Tern');
    const path = join(casesDir, 'Operation Tern.plexus');
    expect(existsSync(path)).toBe(true);
    expect(info).toMatchObject({ name: 'Operation Tern', store: { kind: 'case-file', location: path } });
    expect(cases.current().location).toBe(path);
    expect((await cases.info())?.name).toBe('Operation Tern');
  });

  it('refuses to create over an existing file with CONFLICT', async () => {
    const cases = service();
    await cases.create('Twice');
    expect((await errorOf(cases.create('Twice.plexus'))).code).toBe('CONFLICT');
  });

  it('throws NO_CASE_OPEN with no case, and info() is null', async () => {
    const cases = service();
    expect(await cases.info()).toBeNull();
    expect(() => cases.current()).toThrow(
      expect.objectContaining({ code: 'NO_CASE_OPEN', message: 'No case is open' }),
    );
    await cases.create('A');
    expect(await cases.close()).toBe(true);
    expect(await cases.close()).toBe(false);
    expect(() => cases.current()).toThrow(/No case is open/);
  });

  it('closes the previous case when another is opened', async () => {
    const fake = fakeBackend();
    const cases = service(fake);
    await cases.create('First');
    await cases.create('Second');
    const [first, second] = fake.stores;
    expect(first?.closed).toBe(true);
    expect(second?.closed).toBe(false);
    const reopened = await cases.open('First');
    expect(reopened.entityCount).toBe(3);
    expect(second?.closed).toBe(true);
    expect(cases.current().name).toBe('First');
  });

  it('keeps the open case when opening a missing file fails', async () => {
    const fake = fakeBackend();
    const cases = service(fake);
    await cases.create('Kept');
    expect((await errorOf(cases.open('Missing'))).code).toBe('NOT_FOUND');
    expect(cases.current().name).toBe('Kept');
    expect(fake.stores[0]?.closed).toBe(false);
  });

  it('lists recent cases newest first, without duplicates, and marks missing files', async () => {
    const cases = service(fakeBackend(), ticking());
    await cases.create('One');
    await cases.create('Two');
    await cases.open('One');
    rmSync(join(casesDir, 'Two.plexus'));
    const recent = await new RecentCases(home).list();
    expect(recent.map((r) => [r.name, r.exists])).toEqual([
      ['One', true],
      ['Two', false],
    ]);
    expect(recent[0]!.openedAt > recent[1]!.openedAt).toBe(true);
  });

  it(`keeps at most ${MAX_RECENT} recent cases`, async () => {
    const cases = service(fakeBackend(), ticking());
    for (let i = 0; i < MAX_RECENT + 3; i++) await cases.create(`Case ${i}`);
    const recent = await new RecentCases(home).list();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]?.name).toBe(`Case ${MAX_RECENT + 2}`);
    expect(recent.map((r) => r.name)).not.toContain('Case 2');
  });

  it('ignores a corrupt recent.json and writes a good one over it', async () => {
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'recent.json'), '{ not json');
    const cases = service();
    expect(await new RecentCases(home).list()).toEqual([]);
    await cases.create('After');
    const stored = JSON.parse(readFileSync(join(home, 'recent.json'), 'utf8')) as unknown[];
    expect(stored).toHaveLength(1);
  });

  it('skips malformed entries in recent.json', async () => {
    mkdirSync(home, { recursive: true });
    const good = { path: join(casesDir, 'x.plexus'), name: 'x', openedAt: '2024-01-01T00:00:00.000Z' };
    writeFileSync(join(home, 'recent.json'), JSON.stringify([{ path: 3 }, good, 'junk']));
    expect((await new RecentCases(home).list()).map((r) => r.name)).toEqual(['x']);
  });

  it('generates the demo case once, then reopens it', async () => {
    const fake = fakeBackend();
    const cases = service(fake);
    const info = await cases.openDemo();
    expect(info.name).toBe('Demo case');
    expect(fake.demos).toHaveLength(1);
    await cases.close();
    await cases.openDemo();
    expect(fake.demos).toHaveLength(1);
    expect(cases.current().location).toBe(join(casesDir, 'Demo case.plexus'));
  });

  it('removes a half-made demo case so the next try makes it again', async () => {
    const cases = service(fakeBackend({ demoFails: true }));
    await expect(cases.openDemo()).rejects.toThrow(/demo generator broke/);
    expect(existsSync(join(casesDir, 'Demo case.plexus'))).toBe(false);
    expect(await cases.info()).toBeNull();
  });

  it('lists the case files in the cases folder', async () => {
    const cases = service();
    expect({ dir: casesDir, files: await listCaseFiles(casesDir) }).toEqual({ dir: casesDir, files: [] });
    await cases.create('Beta');
    await cases.create('Alpha');
    writeFileSync(join(casesDir, 'notes.txt'), 'not a case');
    mkdirSync(join(casesDir, 'folder.plexus'));
    const files = await listCaseFiles(casesDir);
    expect(files.map((f) => f.name)).toEqual(['Alpha', 'Beta']);
    expect(files[0]?.size).toBeGreaterThan(0);
  });

  it('makes a server store current, closing the case before, and keeps it off the recent list', async () => {
    const fake = fakeBackend();
    const cases = service(fake);
    await cases.create('Local');
    const server = fakeStore('bolt://graph.internal:7687/cases', { kind: 'neo4j' });
    const info = await cases.openStore(async () => server);
    expect(info.store).toEqual({
      kind: 'neo4j',
      location: 'bolt://graph.internal:7687/cases',
      readOnly: false,
    });
    expect(fake.stores[0]?.closed).toBe(true);
    expect(cases.current()).toBe(server);
    expect((await new RecentCases(home).list()).map((r) => r.name)).toEqual(['Local']);

    await cases.open('Local');
    expect(server.closed).toBe(true);
    expect(cases.current().kind).toBe('case-file');
  });

  it('keeps the open store when opening a server fails', async () => {
    const fake = fakeBackend();
    const cases = service(fake);
    await cases.create('Kept');
    const refused = cases.openStore(() => Promise.reject(new PlexusError('AUTH', 'wrong password')));
    expect((await errorOf(refused)).code).toBe('AUTH');
    expect(cases.current().name).toBe('Kept');
    expect(fake.stores[0]?.closed).toBe(false);
  });

  it('cancels what runs on the current store, and answers 0 with none open', async () => {
    const cases = service();
    expect(await cases.cancelRunning()).toBe(0);
    const server = fakeStore('bolt://graph.internal:7687/cases', { kind: 'neo4j' });
    await cases.openStore(async () => server);
    expect(await cases.cancelRunning()).toBe(2);
    expect(server.cancels).toBe(1);
  });

  it('runs lifecycle calls one after another', async () => {
    const fake = fakeBackend();
    const cases = service(fake);
    await Promise.all([cases.create('P'), cases.create('Q'), cases.create('R')]);
    expect(fake.stores.filter((s) => !s.closed)).toHaveLength(1);
    expect(cases.current().name).toBe('R');
  });
});
