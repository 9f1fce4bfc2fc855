import { hostname } from 'node:os';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { SchemaIndex } from '../../../../../graph-schema/model/schema';
import { Rows } from '../entity-rows';
import { Statements } from '../statements';
import type { HistoryKey } from '../../history/chain';
import { Journal } from './journal';

/**
 * Inside migration 005's transaction: a case written before history was kept gets one
 * 'adopted' entry per stored item, so from here on every item has a last entry to be checked
 * against. What happened to them before is not known and is not made up.
 */
export function adoptHistory(
  db: Database.Database,
  options: { schema: SchemaIndex; actor: string; historyKey?: HistoryKey; analyst?: string },
  now: string,
): void {
  const sql = new Statements(db);
  const journal = new Journal(sql, options.historyKey, hostname(), db.name);
  journal.beginEmpty({
    op: 'adopt',
    at: now,
    osUser: options.actor,
    ...(options.analyst !== undefined ? { analyst: options.analyst } : {}),
  });
  new Rows(sql, options.schema).adoptAll(journal);
  journal.seal();
}
