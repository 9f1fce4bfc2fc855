import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { parse } from 'csv-parse/sync';
import { answer, dbSize, peakRss } from './peak';

/**
 * Child process, the yardstick: the same CSV rows (parsed and resolved to ids before the clock
 * starts) written by a bare better-sqlite3 loop: distinct entities into a minimal entities
 * table, links into a minimal links table (primary key only, JSON body), one transaction,
 * prepared statements, the case file's WAL settings.
 */
const [csvPath, dir] = process.argv.slice(2);
if (!csvPath || !dir) throw new Error('usage: child-bare <csv> <dir>');

const rows = parse(readFileSync(csvPath), { from_line: 2 }) as string[][];
const entities = new Map<string, { id: string; type: string; label: string }>();
const idOf = (type: string, label: string): string => {
  let e = entities.get(label);
  if (!e) entities.set(label, (e = { id: randomUUID(), type, label }));
  return e.id;
};
const links = rows.map(([aType = '', a = '', bType = '', b = '', context = '']) => ({
  id: randomUUID(),
  source: idOf(aType, a),
  target: idOf(bType, b),
  context,
}));

const path = join(dir, 'bare.sqlite');
const db = new Database(path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(`CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, body TEXT NOT NULL);
  CREATE TABLE links (id TEXT PRIMARY KEY, type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, body TEXT NOT NULL);`);
const insertEntity = db.prepare('INSERT INTO entities VALUES (?, ?, ?)');
const insertLink = db.prepare('INSERT INTO links VALUES (?, ?, ?, ?, ?)');
const start = performance.now();
db.transaction(() => {
  for (const e of entities.values()) insertEntity.run(e.id, e.type, JSON.stringify(e));
  for (const l of links)
    insertLink.run(
      l.id,
      'ASSOCIATE_OF',
      l.source,
      l.target,
      JSON.stringify({ props: { context: l.context } }),
    );
})();
const ms = performance.now() - start;
db.close();
const peak = peakRss();
answer({
  ms,
  peakBytes: peak.bytes,
  peakSource: peak.source,
  fileBytes: dbSize(path),
  entities: entities.size,
  links: links.length,
  rejected: 0,
});
