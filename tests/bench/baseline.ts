import Database from 'better-sqlite3-multiple-ciphers';
import type { EntityInput, LinkInput } from '../../graph-schema/model/records';
import { Stopwatch } from './measure';

/**
 * The yardstick: the same rows written with a bare better-sqlite3 loop into minimal tables
 * (primary key only, JSON body), one transaction per batch, same pragmas as a case file.
 */
export class BareInsert {
  private readonly db: Database.Database;
  readonly entities = new Stopwatch();
  readonly links = new Stopwatch();
  private readonly insertEntity: Database.Statement;
  private readonly insertLink: Database.Statement;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, body TEXT NOT NULL);
      CREATE TABLE links (id TEXT PRIMARY KEY, type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, body TEXT NOT NULL);`);
    this.insertEntity = this.db.prepare('INSERT INTO entities VALUES (?, ?, ?)');
    this.insertLink = this.db.prepare('INSERT INTO links VALUES (?, ?, ?, ?, ?)');
  }

  async addEntities(rows: readonly EntityInput[]): Promise<void> {
    await this.entities.time(() =>
      this.db.transaction(() => {
        for (const r of rows) this.insertEntity.run(r.id, r.type, JSON.stringify(r));
      })(),
    );
  }

  async addLinks(rows: readonly LinkInput[]): Promise<void> {
    await this.links.time(() =>
      this.db.transaction(() => {
        for (const r of rows) this.insertLink.run(r.id, r.type, r.source, r.target, JSON.stringify(r));
      })(),
    );
  }

  close(): void {
    this.db.close();
  }
}
