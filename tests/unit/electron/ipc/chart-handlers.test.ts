import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { windowSession, type Send } from './window-session';
import { createAppServices, type AppServices } from '../../../../electron/services/app-services';
import type { ChartSummary, SavedChart } from '../../../../graph-schema/chart/saved-chart';
import type { Entity } from '../../../../graph-schema/model/records';

let dir: string;
let services: AppServices;
let send: Send;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-chart-handlers-'));
  services = createAppServices({ home: join(dir, 'home'), casesDir: join(dir, 'cases'), actor: 'tester' });
  send = windowSession(services);
});
afterAll(async () => {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<T>(method: string, payload: unknown): Promise<T> {
  const envelope = await send(method, payload);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

describe('chart handlers over a real case file', () => {
  it('answers NO_CASE_OPEN before a case is open', async () => {
    for (const [method, payload] of [
      ['listCharts', {}],
      ['getCaseMarking', {}],
    ] as const) {
      expect(await send(method, payload)).toMatchObject({
        ok: false,
        error: { code: 'NO_CASE_OPEN' },
      });
    }
  });

  it('creates, lists, saves, renames, duplicates and deletes charts', async () => {
    await call('createCase', { path: 'Charts' });
    const wang = await call<Entity>('createEntity', { entity: { type: 'Person', label: 'Wáng Wěi' } });
    const body = { name: 'Briefing', entities: [{ id: wang.id, x: 1, y: 2, pinned: true }], links: [] };

    const created = await call<SavedChart>('createChart', { chart: body });
    expect(created).toMatchObject({ ...body, version: 1, createdBy: 'tester' });
    expect(await call('getChart', { id: created.id })).toEqual(created);

    const saved = await call<SavedChart>('saveChart', {
      id: created.id,
      chart: { ...body, viewport: { zoom: 2, pan: { x: 0, y: 0 } } },
      version: 1,
    });
    expect(saved).toMatchObject({ version: 2, viewport: { zoom: 2 } });
    expect(await send('saveChart', { id: created.id, chart: body, version: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const renamed = await call<SavedChart>('renameChart', { id: created.id, name: 'Board' });
    expect(renamed).toMatchObject({ name: 'Board', version: 3 });
    const copy = await call<SavedChart>('duplicateChart', { id: created.id, name: 'Another' });
    const list = await call<ChartSummary[]>('listCharts', {});
    expect(list.map((c) => [c.name, c.version, c.entities])).toEqual([
      ['Another', 1, 1],
      ['Board', 3, 1],
    ]);

    expect(await call('deleteChart', { id: created.id })).toEqual({ deleted: true });
    expect(await send('getChart', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await call<ChartSummary[]>('listCharts', {})).map((c) => c.id)).toEqual([copy.id]);
  });

  it('names the field of an invalid chart', async () => {
    await call('createCase', { path: 'Invalid charts' });
    const answer = await send('createChart', {
      chart: { name: 'x', entities: [{ id: 'a', x: 0, y: 'far' }], links: [] },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!answer.ok) expect(answer.error.details?.map((d) => d.field)).toContain('chart.entities.0.y');
  });

  it('keeps the case marking in the case, UNCLASSIFIED in the English default until set', async () => {
    const info = await call<{ store: { location: string } }>('createCase', { path: 'Marked' });
    const unset = { scheme: 'en-default', level: 'UNCLASSIFIED', caveats: [] };
    expect(await call('getCaseMarking', {})).toEqual({ marking: unset });
    const japanese = { scheme: 'ja-police', level: 'TOP SECRET', caveats: ['BUGAIHI', 'KANKEISHA'] };
    // Caveats come back in the scheme's order, however they were picked.
    expect(
      await call('setCaseMarking', { marking: { ...japanese, caveats: ['KANKEISHA', 'BUGAIHI'] } }),
    ).toEqual({ marking: japanese });
    expect(await send('setCaseMarking', { marking: { level: 'VERY SECRET' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const wrongCaveat = await send('setCaseMarking', {
      marking: { scheme: 'ja-police', caveats: ['NO-COPIES'] },
    });
    expect(wrongCaveat).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!wrongCaveat.ok) expect(wrongCaveat.error.message).toContain('NO-COPIES');
    expect(await send('setCaseMarking', { marking: { scheme: 'fr-defense' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('fr-defense') },
    });
    await call('closeCase', {});
    await call('openCase', { path: info.store.location });
    expect(await call('getCaseMarking', {})).toEqual({ marking: japanese });
  });
});
