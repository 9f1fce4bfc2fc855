import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import { readOrigin, takeOffline } from '../../../../../electron/services/transfer';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { allOf, buildSource, caseMaker, reopen, tempDir } from './transfer-cases';

let temp: ReturnType<typeof tempDir>;
let source: GraphStore;

beforeEach(async () => {
  temp = tempDir();
  ({ store: source } = await buildSource(join(temp.dir, 'team.plexus')));
});
afterEach(async () => {
  await source.close();
  temp.remove();
});

async function refusal(work: Promise<unknown>): Promise<PlexusError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlexusError);
  return error as PlexusError;
}

describe('takeOffline', () => {
  it.each([
    { hops: 0, seeds: ['ann', 'cobalt'], entities: ['ann', 'cobalt'], links: ['ann-cobalt'] },
    { hops: 0, seeds: ['ann', 'ben'], entities: ['ann', 'ben'], links: [] },
    { hops: 1, seeds: ['ann'], entities: ['ann', 'cobalt'], links: ['ann-cobalt'] },
    { hops: 2, seeds: ['ann'], entities: ['ann', 'ben', 'cobalt'], links: ['ann-cobalt', 'ben-cobalt'] },
  ])(
    '$hops hops from $seeds copies the subgraph with every field',
    async ({ hops, seeds, entities, links }) => {
      const path = join(temp.dir, 'away.plexus');
      const result = await takeOffline(source, { ids: seeds, hops, path }, caseMaker(), {
        now: () => new Date('2024-03-05T10:00:00.000Z'),
      });
      expect(result).toEqual({ path, entities: entities.length, links: links.length });

      const offline = await reopen(path);
      const copied = await allOf(offline);
      expect(copied.entities).toEqual(
        (await source.getEntities(entities)).sort((a, b) => a.id.localeCompare(b.id)),
      );
      expect(copied.links).toEqual((await source.getLinks(links)).sort((a, b) => a.id.localeCompare(b.id)));

      const origin = await readOrigin(offline);
      expect(origin).toMatchObject({
        kind: 'case-file',
        location: source.location,
        name: 'team',
        takenAt: '2024-03-05T10:00:00.000Z',
      });
      expect(Object.keys(origin?.base.entities ?? {}).sort()).toEqual(entities);
      expect(origin?.base.links).toEqual(Object.fromEntries(copied.links.map((l) => [l.id, l.updatedAt])));
      expect(origin?.base.entities.ann).toBe(copied.entities.find((e) => e.id === 'ann')?.updatedAt);
      await offline.close();
    },
  );

  it('carries the marking and the charts wholly inside the copy, leaving the others behind', async () => {
    await source.writeMeta('case.marking', 'SECRET');
    const inside = await source.charts.create({
      name: 'Employment',
      entities: [
        { id: 'ann', x: 1, y: 2, pinned: true },
        { id: 'cobalt', x: 3, y: 4 },
      ],
      links: ['ann-cobalt'],
      annotations: [{ id: 'n', text: 'since 2019', x: 0, y: 0, attachedTo: 'ann' }],
    });
    await source.charts.create({ name: 'Family', entities: [{ id: 'dora', x: 0, y: 0 }], links: [] });
    const path = join(temp.dir, 'away.plexus');
    await takeOffline(source, { ids: ['ann'], hops: 1, path }, caseMaker());

    const offline = await reopen(path);
    expect(await offline.readMeta('case.marking')).toBe('SECRET');
    const [copy, ...more] = await offline.charts.list();
    expect(more).toEqual([]);
    const {
      id: _i,
      version: _v,
      createdAt: _ca,
      createdBy: _cb,
      updatedAt: _ua,
      updatedBy: _ub,
      ...body
    } = inside;
    expect(await offline.charts.get(copy?.id ?? '')).toMatchObject({
      ...body,
      version: 1,
      createdBy: 'offline',
    });
    await offline.close();
  });

  it('names unknown seeds and makes no case', async () => {
    const path = join(temp.dir, 'away.plexus');
    const error = await refusal(
      takeOffline(source, { ids: ['ann', 'ghost', 'phantom'], hops: 1, path }, caseMaker()),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('ghost, phantom');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a subgraph over the allowance rather than cutting it', async () => {
    const path = join(temp.dir, 'away.plexus');
    const error = await refusal(
      takeOffline(source, { ids: ['ann'], hops: 3, path }, caseMaker(), { maxEntities: 3 }),
    );
    expect([error.code, error.details?.[0]?.field]).toEqual(['VALIDATION', 'hops']);
    expect(existsSync(path)).toBe(false);
  });

  it('removes the new case when copying fails', async () => {
    const path = join(temp.dir, 'away.plexus');
    const failing = async (p: string) => {
      const store = await caseMaker()(p);
      return Object.assign(Object.create(store) as GraphStore, {
        writeMeta: () => Promise.reject(new PlexusError('IO', 'disk full')),
      });
    };
    const error = await refusal(takeOffline(source, { ids: ['ann'], hops: 1, path }, failing));
    expect(error.message).toBe('disk full');
    expect(existsSync(path)).toBe(false);
  });
});
