import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE_FILE_MIGRATIONS } from '../../../../../../graph-schema/migrations';
import type { Entity } from '../../../../../../graph-schema/model/records';
import { CASE_SCHEMA_VERSION, openCaseFile } from '../../../../../../electron/services/store/sqlite';
import { createDatabase, openDatabase } from '../../../../../../electron/services/store/sqlite/open';
import { appliedMigrations } from '../../../../../../electron/services/store/sqlite/migrations-runner';
import { options, tempDir } from './case-files';

const NOW = '2024-01-01T00:00:00.000Z';

function person(id: string, label: string, aliases: string[]): Entity {
  return {
    id,
    type: 'Person',
    label,
    aliases,
    notes: '',
    validFrom: null,
    validTo: null,
    confidence: 'probable',
    reliability: 'F',
    credibility: '6',
    classification: 'UNCLASSIFIED',
    props: {},
    createdAt: NOW,
    createdBy: 'old',
    updatedAt: NOW,
    updatedBy: 'old',
  };
}

/** A case as version 3 wrote it: three search columns of raw text, the old label key. */
function versionThreeCase(path: string, entities: readonly Entity[]): void {
  const db = createDatabase(
    path,
    NOW,
    CASE_FILE_MIGRATIONS.filter((m) => m.version <= 3),
  );
  entities.forEach((e, i) => {
    const rid = i + 1;
    db.prepare('INSERT INTO entities (rid, id, type, label_key) VALUES (?, ?, ?, ?)').run(
      rid,
      e.id,
      e.type,
      e.label.toLowerCase(),
    );
    db.prepare('INSERT INTO entity_bodies (rid, body) VALUES (?, ?)').run(rid, JSON.stringify(e));
    db.prepare('INSERT INTO entity_search (rowid, label, aliases, props) VALUES (?, ?, ?, ?)').run(
      rid,
      [...e.label].join(' '),
      e.aliases.map((a) => [...a].join(' ')).join(' '),
      '',
    );
  });
  db.prepare("INSERT INTO type_counts (kind, type, n) VALUES ('entity', 'Person', ?)").run(entities.length);
  db.close();
}

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

describe('migration 004: name readings', () => {
  it('recomputes the search rows of a version-3 case, so its names are found by any spelling', async () => {
    const path = join(temp.dir, 'v3.plexus');
    versionThreeCase(path, [
      person('p1', '佐藤', ['さとう']),
      person('p2', '王偉', []),
      person('p3', 'ｻﾄｳ', []),
    ]);

    const store = await openCaseFile(path, options);
    expect(store.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    const find = async (text: string) => (await store.search({ text })).hits.map((h) => h.entity.label);
    expect((await find('sato')).sort()).toEqual(['佐藤', 'ｻﾄｳ']);
    expect(await find('wang wei')).toEqual(['王偉']);
    // label_key is folded anew: the half-width label is the exact match for さとう.
    expect((await find('さとう'))[0]).toBe('ｻﾄｳ');
    await store.close();
  });

  it('will not run without the store to refill the rows, and leaves the case as it was', () => {
    const path = join(temp.dir, 'v3.plexus');
    versionThreeCase(path, [person('p1', '佐藤', ['さとう'])]);
    expect(() => openDatabase(path, NOW)).toThrow(/needs the search rows recomputed/);
    const db = new Database(path, { readonly: true });
    expect(appliedMigrations(db).map((m) => m.version)).toEqual([1, 2, 3]);
    expect(db.prepare('SELECT count(*) FROM entity_search').pluck().get()).toBe(1);
    db.close();
  });
});
