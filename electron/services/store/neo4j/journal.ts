import type { HistoryAction } from '../../../../graph-schema/contract/history';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import { entryHash, GENESIS } from '../history/chain';
import type { JournalContext } from '../history/context';
import { diff } from '../history/diff';
import { chainFields, evidenceEntry, type EntryInput } from '../history/entry';
import { HISTORY_WITNESS_FILE, type WitnessedHead } from '../history/witness';
import { entityBody, linkBody } from './history-body';
import * as q from './history-cypher';
import type { Run } from './session';
import type { Row } from './values';

/** Entries sent per statement: an import's batch (rows.ts BATCH) in one. */
const FLUSH_AT = 5000;

type Kind = 'entity' | 'link';
type EvidenceKind = 'source' | 'citation';

function bodyOf(kind: Kind, item: Entity | Link): string {
  return kind === 'entity' ? entityBody(item as Entity) : linkBody(item as Link);
}

/** The head as the transaction found it, locked. */
interface Head {
  seq: number;
  entries: number;
  items: number;
  hash: Buffer;
}

/**
 * Entries past the head or a head whose entry is gone or different (an edit behind Plexus's
 * back) refuse the write: continuing the chain would hide the edit. So does a chain that no
 * longer holds the entry this client last saw (`seen`) as it was.
 */
function checkedHead(rows: Row[], location: string, seen: WitnessedHead | undefined): Head {
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
      [{ message: 'history head mismatch' }],
    );
  if (seen !== undefined && seen.seq > 0 && row.seenHash !== seen.hash)
    throw new PlexusError(
      'CASE_CORRUPT',
      `${location}: the history on the server no longer holds entry ${seen.seq} as this computer last wrote or checked it (rewritten, cut back, or the database rebuilt or restored from an older copy), so nothing more is written to it from here. If the database was rebuilt or restored on purpose, remove its line from ${HISTORY_WITNESS_FILE} in your Plexus profile.`,
      [{ message: 'history witness mismatch' }],
    );
  return { seq, entries: Number(row.entries), items: Number(row.items), hash: head };
}

/**
 * The history of a server's database, appended inside the write's own transaction. begin()
 * sends the statement that locks the head node before the write sends anything, so every
 * write that keeps history waits for the one before it and continues its chain: two clients
 * make one chain, and no two writes can take locks in opposite orders. The write's own
 * statements follow it at once, without waiting for its answer (the server runs a
 * transaction's statements in the order sent); the entries are hashed when the head has come
 * back, and go in UNWIND batches with the head moved in the same statement, also sent without
 * waiting. A rollback takes them all back with the write.
 */
export class ServerJournal {
  /** Entered, not yet hashed: hashing needs the head. */
  private pending: EntryInput[] = [];
  /** Items entered since the head was read (added less removed). */
  private itemDelta = 0;
  private head: Head | undefined;
  /** One flush at a time, each after the one before: the chain is hashed in order. */
  private flushing: Promise<void> = Promise.resolve();
  /** The last append sent; its answer is awaited by the next flush and by seal. */
  private sent: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly run: Run,
    private readonly ctx: JournalContext,
    private readonly headRead: Promise<Head>,
  ) {}

  /** Sends the head's lock and read; its answer is checked by ready(), at the latest by seal(). */
  static begin(
    run: Run,
    ctx: JournalContext,
    location: string,
    seen: WitnessedHead | undefined,
  ): ServerJournal {
    const read = run(q.READ_HISTORY_HEAD, { witnessSeq: seen?.seq ?? -1 }).then((rows) =>
      checkedHead(rows, location, seen),
    );
    // Awaited by ready(); until then a refusal must not count as unhandled.
    read.catch(() => undefined);
    return new ServerJournal(run, ctx, read);
  }

  /** The head as read, or the refusal of a chain that does not match it (CASE_CORRUPT). */
  async ready(): Promise<void> {
    this.head ??= await this.headRead;
  }

  added(kind: Kind, item: Entity | Link): void {
    this.itemDelta++;
    this.append(kind, item.id, item.label, 'added', null, bodyOf(kind, item));
  }

  adopted(kind: Kind, item: Entity | Link): void {
    this.itemDelta++;
    this.append(kind, item.id, item.label, 'adopted', null, bodyOf(kind, item));
  }

  changed(kind: Kind, before: Entity | Link, after: Entity | Link): void {
    const changes = JSON.stringify(diff(before, after));
    this.append(kind, after.id, after.label, 'changed', changes, bodyOf(kind, after));
  }

  removed(kind: Kind, item: Entity | Link): void {
    this.itemDelta--;
    this.append(kind, item.id, item.label, 'removed', null, null);
  }

  /**
   * A source or citation added, changed or removed (bodies as stored, null where there is none),
   * entered as the case file enters it: a citation is a claim. Not items: the item count stays.
   */
  evidence(kind: EvidenceKind, id: string, label: string, before: string | null, after: string | null): void {
    const e = evidenceEntry(kind, id, label, before, after);
    if (e) this.pending.push(e);
  }

  /**
   * Hashes what is entered and sends it; a long import calls it per batch, so memory stays
   * flat. Answers once the append is sent; its answer is awaited by the next flush or seal.
   */
  flush(): Promise<void> {
    const next = this.flushing.then(() => this.send());
    this.flushing = next.catch(() => undefined);
    return next;
  }

  /** Before the commit: every entry written and the head moved. Answers the new head. */
  async seal(): Promise<WitnessedHead> {
    await this.flush();
    await this.sent;
    const head = this.head as Head;
    return { seq: head.seq, hash: head.hash.toString('hex') };
  }

  private async send(): Promise<void> {
    await this.ready();
    await this.sent;
    const head = this.head as Head;
    head.items += this.itemDelta;
    this.itemDelta = 0;
    while (this.pending.length > 0) {
      const rows = this.pending.splice(0, FLUSH_AT).map((e) => this.hashed(head, e));
      const sent = this.run(q.APPEND_HISTORY, {
        entries: rows,
        // The fields the write's entries share (q.WRITE_FIELDS), once.
        at: this.ctx.at,
        osUser: this.ctx.osUser,
        analyst: this.ctx.analyst ?? null,
        op: this.ctx.op,
        reason: this.ctx.reason ?? null,
        seq: head.seq,
        count: head.entries,
        items: head.items,
        head: head.hash.toString('hex'),
      });
      sent.catch(() => undefined);
      this.sent = sent;
    }
  }

  /** The entry after the head, as APPEND_HISTORY's row; the head moves to it. */
  private hashed(head: Head, e: EntryInput): unknown[] {
    const fields = chainFields(this.ctx, head.seq + 1, e);
    const hash = entryHash(head.hash, fields);
    head.seq = fields.seq;
    head.entries++;
    head.hash = hash;
    return q.ENTRY_FIELDS.map((f) =>
      f === 'hash'
        ? hash.toString('hex')
        : f === 'bodyHash'
          ? (fields.bodyHash?.toString('hex') ?? null)
          : fields[f],
    );
  }

  private append(
    kind: Kind,
    item: string,
    label: string,
    action: HistoryAction,
    changes: string | null,
    body: string | null,
  ): void {
    this.pending.push({ kind, item, label, action, changes, body });
  }
}
