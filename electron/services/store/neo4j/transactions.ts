import { PlexusError } from '../../../../graph-schema/model/errors';
import type { HistoryOp } from '../../../../graph-schema/contract/history';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import type { HistoryWitness, WitnessedHead } from '../history/witness';
import type { Audit } from '../write-checks';
import { ServerJournal } from './journal';
import type { Run, Sessions } from './session';
import { Writes } from './writes';

/**
 * The write transactions of one store: every write goes through write(), so one made while an
 * import is open is refused; journaled() enters a write's items in the history in its own
 * transaction.
 */
export class WriteTransactions {
  /** An import stream holds its write transaction open across the iterable's awaits. */
  private streaming = false;
  /** The history of each open write transaction, by its run: what writes(run) enters items in. */
  private readonly journals = new WeakMap<Run, ServerJournal>();

  constructor(
    private readonly sessions: Sessions,
    private readonly index: SchemaIndex,
    private readonly location: string,
    /** Entered in the history beside the OS user, where one is set. */
    public analyst: string | undefined,
    /** What this computer last wrote or checked in each server's history (its profile). */
    private readonly witness: HistoryWitness | undefined,
  ) {}

  write<T>(work: (run: Run) => Promise<T>, untimed = false): Promise<T> {
    if (this.streaming)
      return Promise.reject(
        new PlexusError('CONFLICT', `${this.location}: an import is being written; try again when it ends`),
      );
    return this.sessions.write(work, untimed);
  }

  /**
   * A write whose items are entered in the history as `op`, in its own transaction: the head
   * is locked first and moved before the commit. After the commit this computer remembers the
   * new head (its witness), to notice the chain cut back or rewritten later.
   */
  async journaled<T>(
    op: HistoryOp,
    reason: string | undefined,
    work: (run: Run) => Promise<T>,
    audit: Audit,
    untimed = false,
  ): Promise<T> {
    let sealed: WitnessedHead | undefined;
    const context = {
      op,
      at: audit.now,
      osUser: audit.actor,
      ...(this.analyst !== undefined ? { analyst: this.analyst } : {}),
      ...(reason ? { reason } : {}),
    };
    const out = await this.write(async (run) => {
      const seen = this.witness?.seen(this.location);
      const journal = await ServerJournal.begin(run, context, this.location, seen);
      this.journals.set(run, journal);
      const result = await work(run);
      sealed = await journal.seal();
      return result;
    }, untimed);
    if (sealed) this.witness?.saw(this.location, sealed);
    return out;
  }

  /** One untimed write transaction, entered in the history as an import, that refuses every other write while it is open. */
  async exclusive<T>(work: (run: Run) => Promise<T>, audit: Audit): Promise<T> {
    const out = this.journaled('import', undefined, work, audit, true);
    this.streaming = true;
    try {
      return await out;
    } finally {
      this.streaming = false;
    }
  }

  journal(run: Run): ServerJournal | undefined {
    return this.journals.get(run);
  }

  writes(run: Run): Writes {
    return new Writes(run, this.index, this.journals.get(run));
  }
}
