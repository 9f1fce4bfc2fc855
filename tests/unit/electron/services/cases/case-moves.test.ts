import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseService, type CaseService } from '../../../../../electron/services/cases';
import { RecentCases } from '../../../../../electron/services/cases/recent';
import { CaseHolds } from '../../../../../electron/services/sessions';
import { generateDemoCase } from '../../../../../electron/services/demo';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import {
  changeCaseEncryption,
  checkPassphrase,
  createCaseFile,
  isEncryptedCaseFile,
  openCaseFile,
  removeCaseFile,
} from '../../../../../electron/services/store/sqlite';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import type { Entity } from '../../../../../graph-schema/model/records';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';

const index = new SchemaIndex(loadSchema([]));
let dir: string;
let casesDir: string;
let cases: CaseService;

/** One second per call: every edit gets its own updatedAt, which publish compares. */
function ticking(): () => Date {
  let t = Date.parse('2024-01-01T00:00:00Z');
  return () => new Date((t += 1000));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-moves-'));
  casesDir = join(dir, 'cases');
  cases = createCaseService({
    recent: new RecentCases(join(dir, 'home')),
    holds: new CaseHolds(),
    holder: { sessionId: 'window-1', label: 'another window' },
    casesDir,
    actor: 'tester',
    index,
    backend: {
      createCaseFile,
      openCaseFile,
      removeCaseFile,
      generateDemoCase: (s) => generateDemoCase(s),
      isEncryptedCaseFile,
      checkPassphrase,
      changeCaseEncryption,
    },
    now: ticking(),
  });
});
afterEach(async () => {
  await cases.close();
  rmSync(dir, { recursive: true, force: true });
});

async function errorOf(promise: Promise<unknown>): Promise<PlexusError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlexusError);
  return error as PlexusError;
}

/** "Team": Wang works for Harbour Optics; Li, two hops from Wang, is left behind. */
async function teamCase(): Promise<{ wang: Entity; harbour: Entity; li: Entity }> {
  await cases.create('Team');
  const store = cases.current();
  const [wang, harbour, li] = await store.createEntities([
    { type: 'Person', label: 'Wáng Wěi' },
    { type: 'Company', label: 'Harbour Optics Ltd' },
    { type: 'Person', label: 'Lǐ Nà' },
  ]);
  if (!wang || !harbour || !li) throw new Error('entities not created');
  await store.createLinks([
    { type: 'EMPLOYED_BY', source: wang.id, target: harbour.id },
    { type: 'EMPLOYED_BY', source: li.id, target: harbour.id },
  ]);
  return { wang, harbour, li };
}

describe('CaseService take offline and publish', () => {
  it('takes a piece offline into a new case file and leaves the current store current', async () => {
    const { wang } = await teamCase();
    const result = await cases.takeOffline({ ids: [wang.id], hops: 1, path: 'Field' });
    expect(result).toEqual({ path: join(casesDir, 'Field.plexus'), entities: 2, links: 1 });
    expect(cases.current().name).toBe('Team');
    expect(await cases.info()).toMatchObject({ entityCount: 3, linkCount: 2 });

    await cases.open('Field');
    expect(await cases.info()).toMatchObject({ entityCount: 2, linkCount: 1 });
    expect((await cases.current().getEntities([wang.id]))[0]).toEqual(wang);
  });

  it('refuses to take offline over an existing case file, and with no store open', async () => {
    const { wang } = await teamCase();
    await cases.takeOffline({ ids: [wang.id], hops: 0, path: 'Field' });
    expect((await errorOf(cases.takeOffline({ ids: [wang.id], hops: 0, path: 'Field' }))).code).toBe(
      'CONFLICT',
    );
    await cases.close();
    expect((await errorOf(cases.takeOffline({ ids: [wang.id], hops: 0, path: 'Other' }))).code).toBe(
      'NO_CASE_OPEN',
    );
    expect(existsSync(join(casesDir, 'Other.plexus'))).toBe(false);
  });

  it('publishes findings back, idempotently, and closes the case file it read', async () => {
    const { wang, harbour } = await teamCase();
    await cases.takeOffline({ ids: [wang.id], hops: 1, path: 'Field' });

    await cases.open('Field');
    const field = cases.current();
    await field.updateEntity(wang.id, { notes: 'seen at the port' });
    const [boat] = await field.createEntities([{ type: 'Asset', label: 'MV Lantern' }]);
    expect(boat).toBeDefined();

    await cases.open('Team');
    const first = await cases.publish({ path: 'Field' });
    expect(first).toMatchObject({ created: 1, updated: 1, conflicts: [], dryRun: false });
    const team = cases.current();
    expect((await team.getEntities([wang.id]))[0]?.notes).toBe('seen at the port');
    expect(await team.getEntities([boat?.id ?? ''])).toHaveLength(1);
    expect(await cases.publish({ path: 'Field' })).toMatchObject({ created: 0, updated: 0, conflicts: [] });
    expect((await team.getEntities([harbour.id]))[0]).toEqual(harbour);

    // The case file was closed after each publish: it opens again as the current case.
    expect((await cases.open('Field')).name).toBe('Field');
  });

  it('lists a conflict instead of overwriting it, and applies the analyst’s choice', async () => {
    const { wang } = await teamCase();
    await cases.takeOffline({ ids: [wang.id], hops: 0, path: 'Field' });
    await cases.current().updateEntity(wang.id, { notes: 'server says' });
    await cases.open('Field');
    await cases.current().updateEntity(wang.id, { notes: 'field says' });
    await cases.open('Team');

    const dry = await cases.publish({ path: 'Field', dryRun: true });
    expect(dry.conflicts.map((c) => c.id)).toEqual([wang.id]);
    expect((await cases.current().getEntities([wang.id]))[0]?.notes).toBe('server says');
    const chosen = await cases.publish({ path: 'Field', resolutions: { [wang.id]: 'local' } });
    expect(chosen).toMatchObject({ updated: 1, conflicts: [] });
    expect((await cases.current().getEntities([wang.id]))[0]?.notes).toBe('field says');
  });

  it('answers NOT_FOUND, NOT_A_CASE, NO_CASE_OPEN, and refuses the open case itself', async () => {
    await teamCase();
    expect((await errorOf(cases.publish({ path: 'Missing' }))).code).toBe('NOT_FOUND');
    writeFileSync(join(casesDir, 'Notes.plexus'), 'just some text, long enough to not be a database header');
    expect((await errorOf(cases.publish({ path: 'Notes' }))).code).toBe('NOT_A_CASE');
    const itself = await errorOf(cases.publish({ path: 'Team' }));
    expect(itself).toMatchObject({ code: 'VALIDATION', details: [{ field: 'path' }] });
    await cases.close();
    expect((await errorOf(cases.publish({ path: 'Team' }))).code).toBe('NO_CASE_OPEN');
  });
});
