import type { HistoryAction } from '../../../../graph-schema/contract/history';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import { entryHash, GENESIS } from '../history/chain';
import type { JournalContext } from '../history/context';
import { diff } from '../history/diff';
import { chainFields, evidenceEntry } from '../history/entry';
import type { WitnessedHead } from '../history/witness';
import { entityBody, linkBody } from './history-body';
import * as q from './history-cypher';
import type { Run } from './session';

/** Entries sent per statement: an import's batch (rows.ts BATCH) in one. */
const FLUSH_AT = 5000;

type Kind = 'entity' | 'link';
type EvidenceKind = 'source' | 'citation';

function bodyOf(kind: Kind, item: Entity | Link): string {
  return kind === 'entity' ? entityBody(item as Entity) : linkBody(item as Link);
}

/**
 * The history of a server's database, appended inside the write's own transaction. begin()
 * locks the head node before the write touches anything, so every write that keeps history
 * waits for the one before it and continues its chain: two clients make one chain, and no two
 * writes can take locks in opposite orders. The entries go in UNWIND batches with the head
 * moved in the same statement; a rollback takes them all back with the write.
 */
export class ServerJournal {
  private pending: { row: unknown[]; seq: number; hash: string }[] = [];

  private constructor(
    private readonly run: Run,
    private readonly ctx: JournalContext,
    private seq: number,
    private entries: number,
    private items: number,
    private head: Buffer,
  ) {}

  /**
   * Continues from the head. Entries past it or a head whose entry is gone or different (an
   * edit behind Plexus's back) refuse the write: continuing the chain would hide the edit. So
   * does a chain that no longer holds the entry this client last saw (`seen`) as it was.
   */
  static async begin(
    run: Run,
    ctx: JournalContext,
    location: string,
    seen: WitnessedHead | undefined,
  ): Promise<ServerJournal> {
    const rows = await run(q.READ_HISTORY_HEAD, { witnessSeq: seen?.seq ?? -1 });
    const [row] = rows;
    const seq = Number(row?.seq);
    const head = typeof row?.head === 'string' ? Buffer.from(row.head, 'hex') : undefined;
    const last = typeof row?.lastHash === 'string' ? Buffer.from(row.lastHash, 'hex') : GENESIS;
    if (
      rows.length !== 1 ||
      !row ||
      !Number.isInteger(seq) ||
      !head ||
      row.beyond !== false ||
      !last.equals(head) ||
      (seq > 0 && typeof row.lastHash !== 'string')
    )
      throw new PlexusError(
        'CASE_CORRUPT',
        `${location}: the history on the server does not match its head, so nothing more is written to it. Run verify (Case history) to see where it was changed.`,
        [{ message: 'history head mismatch', reason: { code: 'historyHeadMismatch' } }],
      );
    if (seen !== undefined && seen.seq > 0 && row.seenHash !== seen.hash)
      throw new PlexusError(
        'CASE_CORRUPT',
        `${location}: the history on the server no longer holds entry ${seen.seq} as this computer last wrote or checked it (rewritten, cut back, or the database rebuilt or restored from an older copy), so nothing more is written to it from here. If the database was rebuilt or restored on purpose, accept its history as it is now: in Case history after Verify now, or plexus audit accept --case with the server's address.`,
        [
          {
            message: 'history witness mismatch',
            reason: { code: 'historyWitnessMismatch', params: { seq: seen.seq } },
          },
        ],
      );
    return new ServerJournal(run, ctx, seq, Number(row.entries), Number(row.items), head);
  }

  added(kind: Kind, item: Entity | Link): void {
    this.items++;
    this.append(kind, item.id, item.label, 'added', null, bodyOf(kind, item));
  }

  adopted(kind: Kind, item: Entity | Link): void {
    this.items++;
    this.append(kind, item.id, item.label, 'adopted', null, bodyOf(kind, item));
  }

  changed(kind: Kind, before: Entity | Link, after: Entity | Link): void {
    const changes = JSON.stringify(diff(before, after));
    this.append(kind, after.id, after.label, 'changed', changes, bodyOf(kind, after));
  }

  removed(kind: Kind, item: Entity | Link): void {
    this.items--;
    this.append(kind, item.id, item.label, 'removed', null, null);
  }

  /**
   * A source or citation added, changed or removed (bodies as stored, null where there is none),
   * entered as the case file enters it: a citation is a claim. Not items: the item count stays.
   */
  evidence(kind: EvidenceKind, id: string, label: string, before: string | null, after: string | null): void {
    const e = evidenceEntry(kind, id, label, before, after);
    if (e) this.append(kind, e.item, e.label, e.action, e.changes, e.body);
  }

  /** Sends what is buffered; a long import calls it per batch, so memory stays flat. */
  async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const rows = this.pending.splice(0, FLUSH_AT);
      const last = rows[rows.length - 1] as { seq: number; hash: string };
      await this.run(q.APPEND_HISTORY, {
        entries: rows.map((r) => r.row),
        seq: last.seq,
        count: this.entries - this.pending.length,
        items: this.items,
        head: last.hash,
      });
    }
  }

  /** Before the commit: every entry written and the head moved. Answers the new head. */
  async seal(): Promise<WitnessedHead> {
    await this.flush();
    return { seq: this.seq, hash: this.head.toString('hex') };
  }

  private append(
    kind: Kind | EvidenceKind,
    item: string,
    label: string,
    action: HistoryAction,
    changes: string | null,
    body: string | null,
  ): void {
    const fields = chainFields(this.ctx, this.seq + 1, { kind, item, label, action, changes, body });
    const hash = entryHash(this.head, fields);
    this.seq = fields.seq;
    this.entries++;
    this.head = hash;
    const stored = {
      ...fields,
      bodyHash: fields.bodyHash === null ? null : fields.bodyHash.toString('hex'),
      hash: hash.toString('hex'),
    };
    this.pending.push({ row: q.ENTRY_FIELDS.map((f) => stored[f]), seq: stored.seq, hash: stored.hash });
  }
}
