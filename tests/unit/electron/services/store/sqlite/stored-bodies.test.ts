import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import { createCaseFile, openCaseFile } from '../../../../../../electron/services/store/sqlite';
import type { GraphStore } from '../../../../../../electron/services/store/graph-store';
import { options, tempDir } from './case-files';

/**
 * Stored bodies are read through their kind's version and schema (graph-schema/model/
 * stored-body): a body changed with a plain SQLite tool is refused, naming the record and the
 * field, on every read that meets it; a case written before bodies kept a version reads as it was.
 */

let temp: ReturnType<typeof tempDir>;
let path: string;
beforeEach(() => {
  temp = tempDir();
  path = join(temp.dir, 'bodies.plexus');
});
afterEach(() => temp.remove());

/** A case with two people, a link, a chart, a saved pattern, a source and a citation. */
async function filledCase() {
  const store = await createCaseFile(path, options);
  const [sato, tanaka] = await store.createEntities([
    { id: 'p-12', type: 'Person', label: '佐藤 一郎', aliases: ['さとう'], confidence: 'possible' },
    { id: 'p-13', type: 'Person', label: '田中 花子' },
  ]);
  const [knows] = await store.createLinks([
    { id: 'l-1', type: 'ASSOCIATE_OF', source: 'p-12', target: 'p-13' },
  ]);
  const chart = await store.charts.create({
    name: '相関図',
    entities: [
      { id: 'p-12', x: 0, y: 0 },
      { id: 'p-13', x: 100, y: 0 },
    ],
    links: ['l-1'],
  });
  const pattern = await store.patterns.save('People', { nodes: [{ types: ['Person'] }] });
  const source = await store.sources.create({ id: 's-1', title: '供述調書' });
  const citation = await store.sources.cite({
    id: 'c-1',
    sourceId: 's-1',
    itemKind: 'entity',
    itemId: 'p-12',
    reliability: 'B',
    credibility: '2',
  });
  await store.close();
  return { sato, tanaka, knows, chart, pattern, source, citation };
}

/** A change behind Plexus's back, as any SQLite tool makes it. */
function handEdit(sql: string, ...params: unknown[]): void {
  const db = new Database(path);
  db.prepare(sql).run(...params);
  db.close();
}

async function refusal(read: Promise<unknown>): Promise<PlexusError> {
  try {
    await read;
  } catch (error) {
    if (error instanceof PlexusError) return error;
    throw error;
  }
  throw new Error('the record was served');
}

async function opened<T>(work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openCaseFile(path, options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const ENTITY_BODY_OF =
  "UPDATE entity_bodies SET body = json_set(body, ?, json(?)) WHERE rid = (SELECT rid FROM entities WHERE id = 'p-12')";

describe('a stored body edited outside Plexus', () => {
  it('a field of the wrong type: every read that meets the entity fails with its id and field', async () => {
    await filledCase();
    handEdit(ENTITY_BODY_OF, '$.confidence', '"high"');
    const message =
      /^entity p-12: field confidence: expected one of "confirmed", "probable", "possible", "doubtful", got "high"/;
    await opened(async (store) => {
      for (const read of [
        store.getEntities(['p-12']),
        store.search({ text: '佐藤' }),
        store.expand({ ids: ['p-13'], hops: 1 }),
        store.updateEntity('p-12', { notes: 'x' }),
      ]) {
        const error = await refusal(read);
        expect(error.code).toBe('CASE_CORRUPT');
        expect(error.message).toMatch(message);
        expect(error.details?.[0]?.field).toBe('confidence');
      }
      const scan = (async () => {
        for await (const batch of store.scanEntities()) void batch;
      })();
      expect((await refusal(scan)).message).toMatch(message);
      // The other records are served as before.
      expect((await store.getEntities(['p-13']))[0]?.label).toBe('田中 花子');
    });
  });

  it('an unknown field and a missing one', async () => {
    await filledCase();
    handEdit("UPDATE links SET body = json_set(body, '$.weight', 5) WHERE id = 'l-1'");
    handEdit(ENTITY_BODY_OF.replace('json_set(body, ?, json(?))', "json_remove(body, '$.label')"));
    await opened(async (store) => {
      expect((await refusal(store.getLinks(['l-1']))).message).toMatch(
        /^link l-1: field weight: not a field of a stored record \(got 5\)/,
      );
      expect((await refusal(store.linksAmong(['p-12', 'p-13']))).message).toMatch(/^link l-1: field weight/);
      expect((await refusal(store.getEntities(['p-12', 'p-13']))).message).toMatch(
        /^entity p-12: field label: missing/,
      );
    });
  });

  it('a body version newer than this Plexus reads', async () => {
    await filledCase();
    handEdit(
      "UPDATE entity_bodies SET body_version = 2 WHERE rid = (SELECT rid FROM entities WHERE id = 'p-12')",
    );
    await opened(async (store) => {
      expect((await refusal(store.getEntities(['p-12']))).message).toMatch(
        /^entity p-12: field version: body version 2 is newer than this Plexus reads \(1\)/,
      );
    });
  });

  it('a chart, a saved pattern, a source and a citation are refused the same way', async () => {
    const { chart } = await filledCase();
    handEdit("UPDATE charts SET body = json_set(body, '$.entities[1].x', 'left') WHERE id = ?", chart.id);
    handEdit("UPDATE patterns SET body = json_set(body, '$.limit', -1)");
    handEdit("UPDATE sources SET body = json_remove(body, '$.title')");
    handEdit("UPDATE citations SET body = json_set(body, '$.reliability', 'Z')");
    await opened(async (store) => {
      expect((await refusal(store.charts.get(chart.id))).message).toMatch(
        new RegExp(`^chart ${chart.id}: field entities\\.1\\.x: expected a number, got "left"`),
      );
      expect((await refusal(store.patterns.get('People'))).message).toMatch(/^pattern People: field limit: /);
      expect((await refusal(store.sources.list())).message).toMatch(/^source s-1: field title: missing/);
      expect(
        (await refusal(store.sources.citationsOf([{ itemKind: 'entity', itemId: 'p-12' }]))).message,
      ).toMatch(/^citation c-1: field reliability: expected one of "A", .*got "Z"/);
    });
  });
});

describe('a case written before bodies kept a version', () => {
  /**
   * What the case file held at layout 7: the same bodies, no body_version column, migration 8
   * not recorded (opening applies it again; the column read back at the end shows it did).
   */
  function asLayoutSeven(): void {
    const db = new Database(path);
    for (const table of ['entity_bodies', 'links', 'charts', 'patterns', 'sources', 'citations'])
      db.exec(`ALTER TABLE ${table} DROP COLUMN body_version`);
    db.exec('DELETE FROM plexus_migrations WHERE version = 8');
    db.pragma('user_version = 7');
    db.close();
  }

  it('opens, reads every record as it was written, and its history still verifies, before and after new writes', async () => {
    const written = await filledCase();
    asLayoutSeven();
    await opened(async (store) => {
      expect(await store.getEntities(['p-12', 'p-13'])).toEqual([
        { ...written.sato, reliability: 'B', credibility: '2', updatedAt: expect.any(String) },
        written.tanaka,
      ]);
      expect(await store.getLinks(['l-1'])).toEqual([written.knows]);
      expect(await store.charts.get(written.chart.id)).toEqual(written.chart);
      expect((await store.patterns.get('People')).pattern).toEqual(written.pattern.pattern);
      expect(await store.sources.list()).toEqual([written.source]);
      expect(await store.sources.citationsOfSource('s-1')).toEqual([written.citation]);
      const check = await store.verifyHistory('full');
      expect(check.problems).toEqual([]);
      expect(check.ok).toBe(true);

      await store.updateEntity('p-13', { notes: '追記' });
      await store.createEntities([{ id: 'p-14', type: 'Person', label: '鈴木' }]);
      expect((await store.verifyHistory('full')).ok).toBe(true);
    });
    const db = new Database(path, { readonly: true });
    const versions = db
      .prepare(
        'SELECT e.id, b.body_version FROM entities e JOIN entity_bodies b ON b.rid = e.rid ORDER BY e.id',
      )
      .raw()
      .all();
    db.close();
    expect(versions).toEqual([
      ['p-12', 1],
      ['p-13', 1],
      ['p-14', 1],
    ]);
  });

  it('a chart saved before later chart fields existed loads with their defaults, not with holes', async () => {
    const { chart } = await filledCase();
    handEdit(
      "UPDATE charts SET body = json_remove(body, '$.gradeFilter', '$.analysis', '$.annotations', '$.hidden') WHERE id = ?",
      chart.id,
    );
    await opened(async (store) => {
      const loaded = await store.charts.get(chart.id);
      expect(loaded).toEqual(chart);
      expect(loaded.gradeFilter).toBeNull();
      expect(loaded.hidden).toEqual({ entities: [], links: [] });
    });
  });
});
