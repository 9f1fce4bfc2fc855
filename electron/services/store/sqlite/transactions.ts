import type Database from 'better-sqlite3-multiple-ciphers';
import type { HistoryOp } from '../../../../graph-schema/contract/history';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { WriterContext } from '../graph-store';
import type { Audit } from '../write-checks';
import { BulkLoad } from './bulk-load';
import type { Journal } from './history/journal';
import { refuseReadOnly } from './read-only';
import { sqliteFailure, type Statements } from './statements';

/** Page cache while an import stream is open: 64 MiB (negative: KiB). */
const STREAM_CACHE_SIZE = -65536;

/**
 * How the case file's one connection is used: each read and write a transaction of its own,
 * each write entered in the history (the journal) and sealed before it commits, and an import
 * stream's one transaction held open across awaits, with other writes refused meanwhile.
 */
export class Transactions {
  /** An import stream holds the connection's transaction open across awaits. */
  private streaming = false;
  /** Entered beside the OS user from the next write on; the app's window may change it. */
  analyst: string | undefined;

  constructor(
    private readonly db: Database.Database,
    private readonly sql: Statements,
    private readonly journal: Journal,
    private readonly location: string,
    private readonly name: string,
    private readonly writer: WriterContext & { analyst?: string },
  ) {
    this.analyst = writer.analyst;
  }

  /**
   * One transaction; each entity or link it touches is entered in the history as `op`, and
   * the new head sealed before it commits, so the two cannot part.
   */
  write<T>(work: (audit: Audit) => T, op: HistoryOp = 'edit', reason?: string): T {
    this.refuseWhileStreaming();
    const audit = this.audit();
    try {
      return this.db
        .transaction(() => {
          this.journal.begin({ ...this.journalContext(op, audit), ...(reason ? { reason } : {}) });
          const result = work(audit);
          this.journal.seal();
          return result;
        })
        .immediate();
    } catch (error) {
      throw sqliteFailure(error, this.location);
    } finally {
      this.journal.abandon();
    }
  }

  read<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw sqliteFailure(error, this.location);
    }
  }

  /**
   * One transaction held open across the awaits of the iterable: better-sqlite3's
   * db.transaction() cannot span an await, so BEGIN/COMMIT/ROLLBACK are issued by hand.
   * Other writes are refused meanwhile (they would join this transaction); reads on the
   * connection see the batches written so far.
   */
  async stream<B>(
    batches: AsyncIterable<B> | Iterable<B>,
    write: (batch: B, audit: Audit) => { entities: number; links: number },
  ): Promise<{ entities: number; links: number }> {
    this.refuseWhileStreaming();
    const audit = this.audit();
    this.streaming = true;
    // A stream's transaction can outgrow the 256 MiB cache with dirty pages; a smaller cache
    // makes SQLite spill them to the WAL instead, so memory stays flat whatever the import.
    const cacheSize: unknown = this.db.pragma('cache_size', { simple: true });
    let bulk: BulkLoad | undefined;
    try {
      this.db.pragma(`cache_size = ${STREAM_CACHE_SIZE}`);
      this.db.exec('BEGIN IMMEDIATE');
      this.journal.begin(this.journalContext('import', audit));
      bulk = BulkLoad.begin(this.sql);
    } catch (error) {
      this.journal.abandon();
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.streaming = false;
      this.db.pragma(`cache_size = ${Number(cacheSize)}`);
      throw sqliteFailure(error, this.location);
    }
    try {
      const total = { entities: 0, links: 0 };
      for await (const batch of batches) {
        const written = write(batch, audit);
        total.entities += written.entities;
        total.links += written.links;
      }
      bulk.end();
      this.journal.seal();
      this.db.exec('COMMIT');
      return total;
    } catch (error) {
      this.journal.abandon();
      // Some failures (SQLITE_FULL, a failed COMMIT) may have ended the transaction already.
      // A rollback also brings back any index the bulk load dropped.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw sqliteFailure(error, this.location);
    } finally {
      this.streaming = false;
      if (this.db.open) this.db.pragma(`cache_size = ${Number(cacheSize)}`);
    }
  }

  private audit(): Audit {
    return { actor: this.writer.actor, now: (this.writer.now ?? (() => new Date()))().toISOString() };
  }

  private refuseWhileStreaming(): void {
    refuseReadOnly(this.writer, this.location);
    if (this.streaming)
      throw new PlexusError('CONFLICT', `${this.name}: an import is being written; try again when it ends`);
  }

  private journalContext(op: HistoryOp, audit: Audit) {
    return {
      op,
      at: audit.now,
      osUser: audit.actor,
      ...(this.analyst !== undefined ? { analyst: this.analyst } : {}),
    };
  }
}
