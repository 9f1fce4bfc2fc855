import Database from 'better-sqlite3-multiple-ciphers';
import {
  entryHash,
  GENESIS,
  sealMac,
  type HistoryKey,
} from '../../../../../../../electron/services/store/history/chain';
import type { EntryRow } from '../../../../../../../electron/services/store/sqlite/history/verify';

type Row = Omit<EntryRow, 'hash'>;

/**
 * What someone holding this profile's key could do with plain SQLite: forge who made the first
 * entry, hash the whole chain again and seal it again. Bodies are untouched, so verify passes.
 */
export function rewriteHistory(file: string, key: HistoryKey): void {
  const db = new Database(file);
  db.prepare("UPDATE history SET os_user = 'someone-else' WHERE seq = 1").run();
  let prev = GENESIS;
  for (const r of db.prepare('SELECT * FROM history ORDER BY seq').all() as Row[]) {
    prev = entryHash(prev, { ...r, osUser: r.os_user, bodyHash: r.body_hash });
    db.prepare('UPDATE history SET hash = ? WHERE seq = ?').run(prev, r.seq);
  }
  const anchor = db.prepare('SELECT seq, entries, items FROM history_anchor').get() as {
    seq: number;
    entries: number;
    items: number;
  };
  db.prepare('UPDATE history_anchor SET head = ?, mac = ?').run(
    prev,
    sealMac(key, { ...anchor, head: prev }),
  );
  db.close();
}
