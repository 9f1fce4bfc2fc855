import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../../../electron/services/app-services';
import type { Session } from '../../../../../electron/services/sessions';
import { PlexusError } from '../../../../../graph-schema/model/errors';

let dir: string;
let services: AppServices;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-sessions-'));
  services = createAppServices({ home: join(dir, 'home'), casesDir: join(dir, 'cases'), actor: 'tester' });
});
afterEach(async () => {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every entity label the session's open case holds. */
async function labels(session: Session): Promise<string[]> {
  const out: string[] = [];
  for await (const batch of session.cases.current().scanEntities()) out.push(...batch.map((e) => e.label));
  return out.sort();
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlexusError);
  return (error as PlexusError).code;
}

describe('window sessions over real case files', () => {
  it("keeps each window's writes in its own case when another window opens another case", async () => {
    const a = services.sessions.open('browser');
    const b = services.sessions.open('browser');
    await a.cases.create('Alpha');
    await b.cases.create('Bravo');
    // The reproduction from the issue: tab B opens another case after tab A; tab A then writes.
    await b.cases.open('Alpha.plexus').catch(() => undefined);
    await b.cases.create('Charlie');
    await a.cases.current().createEntities([{ type: 'Person', label: 'Ada in Alpha' }]);
    await b.cases.current().createEntities([{ type: 'Person', label: 'Carla in Charlie' }]);

    expect(a.cases.current().name).toBe('Alpha');
    expect(await labels(a)).toEqual(['Ada in Alpha']);
    expect(await labels(b)).toEqual(['Carla in Charlie']);
  });

  it('opens a case another window holds read-only, saying who holds it, and refuses its writes', async () => {
    const a = services.sessions.open('browser');
    const b = services.sessions.open('browser');
    await a.cases.create('Shared');
    const info = await b.cases.open('Shared');
    expect(info.store.readOnly).toBe(true);
    expect(info.store.readOnlyReason).toMatch(/another browser tab \(opened \d\d:\d\d\) has this case open/);

    const write = b.cases.current().createEntities([{ type: 'Person', label: 'Bob' }]);
    expect(await codeOf(write)).toBe('FORBIDDEN');
    expect(await codeOf(b.cases.current().charts.create({ name: 'B chart', body: {} } as never))).toMatch(
      /FORBIDDEN|VALIDATION/,
    );
    await a.cases.current().createEntities([{ type: 'Person', label: 'Ada' }]);
    // The reader sees the holder's committed writes.
    expect(await labels(b)).toEqual(['Ada']);
  });

  it('lets the next window write once the holder closes the case or its session ends', async () => {
    const a = services.sessions.open('browser');
    const b = services.sessions.open('browser');
    await a.cases.create('Handover');
    expect((await b.cases.open('Handover')).store.readOnly).toBe(true);
    await a.cases.close();
    expect((await b.cases.open('Handover')).store.readOnly).toBe(false);
    // Now b holds it: a third window gets it read-only until b's session is closed.
    const c = services.sessions.open('browser');
    expect((await c.cases.open('Handover')).store.readOnly).toBe(true);
    await services.sessions.close(b.id);
    expect((await c.cases.open('Handover')).store.readOnly).toBe(false);
    await c.cases.current().createEntities([{ type: 'Person', label: 'Cy' }]);
  });

  it('never gives two sessions of one server the same file for writing, even when opened together', async () => {
    const a = services.sessions.open('browser');
    await a.cases.create('Race');
    await a.cases.close();
    const [one, two] = await Promise.all([
      services.sessions.open('browser').cases.open('Race'),
      services.sessions.open('browser').cases.open('Race'),
    ]);
    expect([one.store.readOnly, two.store.readOnly].sort()).toEqual([false, true]);
  });
});

describe('session lifetimes', () => {
  it('lets a reload take back the session its page let go of, with its case; another owner cannot', async () => {
    const timed = createAppServices({
      home: join(dir, 'home2'),
      casesDir: join(dir, 'cases'),
      actor: 'tester',
      sessionTimes: { idleMs: 1000, graceMs: 100 },
    });
    try {
      const a = timed.sessions.open('browser');
      await a.cases.create('Kept');
      await timed.sessions.close(a.id, true);
      expect(timed.sessions.open('browser', a.id).id).toBe(a.id);
      expect(a.cases.current().name).toBe('Kept');
      // Another owner cannot take it over by naming it.
      expect(timed.sessions.open('window:7', a.id).id).not.toBe(a.id);
    } finally {
      await timed.close();
    }
  });
});
