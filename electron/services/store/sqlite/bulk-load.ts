import type { Statements } from './statements';

/**
 * The two link traversal indexes, as migration 001 creates them. Kept up row by row, they take
 * link ends in random order: at a million links most of an import's time goes to the scattered
 * index pages. Built once from the finished table they cost a sort.
 */
const LINK_INDEXES = [
  'CREATE INDEX links_out ON links(source, type, target)',
  'CREATE INDEX links_in ON links(target, type, source)',
] as const;

/**
 * Below this many stored links, rebuilding the indexes after an import costs less than keeping
 * them up during it, whatever the import's size (a rebuild of 50,000 links is a few tens of ms).
 */
const REBUILD_BELOW = 50_000;

/**
 * Inside an import's transaction on a case with few links: drops the link indexes at the start
 * and builds them again at the end, before COMMIT. Both are part of the transaction, so a
 * rollback puts the indexes back as they were. Meanwhile expand and path on this connection
 * still answer, by scanning.
 */
export class BulkLoad {
  private constructor(
    private readonly sql: Statements,
    private readonly dropped: boolean,
  ) {}

  /** Call inside the transaction. */
  static begin(sql: Statements): BulkLoad {
    const links = sql
      .get(`SELECT count(*) FROM (SELECT 1 FROM links LIMIT ${REBUILD_BELOW})`)
      .pluck()
      .get() as number;
    const present = sql
      .get("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('links_out', 'links_in')")
      .pluck()
      .get() as number;
    const drop = links < REBUILD_BELOW && present === LINK_INDEXES.length;
    if (drop) {
      sql.db.exec('DROP INDEX links_out');
      sql.db.exec('DROP INDEX links_in');
    }
    return new BulkLoad(sql, drop);
  }

  /** Call before COMMIT. */
  end(): void {
    if (!this.dropped) return;
    for (const create of LINK_INDEXES) this.sql.db.exec(create);
  }
}
