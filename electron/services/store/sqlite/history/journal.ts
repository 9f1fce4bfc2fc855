import { PlexusError } from '../../../../../graph-schema/model/errors';
import type { HistoryAction, HistoryKind } from '../../../../../graph-schema/contract/history';
import type { JournalContext } from '../../history/context';
import type { Statements } from '../statements';
import { entryHash, GENESIS, sealMac, type HistoryKey } from '../../history/chain';
import { diff } from '../../history/diff';
import { chainFields, evidenceEntry } from '../../history/entry';

export type { JournalContext };

const COLUMNS = [
  'seq',
  'at',
  'os_user',
  'analyst',
  'op',
  'kind',
  'item',
  'action',
  'label',
  'changes',
  'body_hash',
  'reason',
  'hash',
] as const;

/**
 * Rows buffered before an insert: one many-row statement's worth (Statements.insertRows). A
 * longer buffer outlives young-generation collections and is promoted as garbage, which on a
 * million-row import shows as peak memory.
 */
const FLUSH_AT = 100;

type Anchor = {
  seq: number;
  entries: number;
  items: number;
  head: Buffer;
  key_id: string | null;
  mac: Buffer | null;
};

/**
 * Appends history entries inside the caller's write transaction and seals the head before it
 * commits: a failed write rolls its entries back with it, a kill -9 leaves the chain as the
 * last commit sealed it. Entries are buffered and written in many-row inserts.
 */
export class Journal {
  private ctx: JournalContext | undefined;
  /** The sealed head is read at the write's first entry: a write of no item reads nothing. */
  private loaded = false;
  private seq = 0;
  private entries = 0;
  private items = 0;
  private head: Buffer = GENESIS;
  private pending: unknown[][] = [];

  constructor(
    private readonly sql: Statements,
    private readonly key: HistoryKey | undefined,
    private readonly host: string,
    private readonly file: string,
  ) {}

  begin(ctx: JournalContext): void {
    if (this.ctx) throw new PlexusError('INTERNAL', 'a history write began inside another');
    this.ctx = ctx;
    this.loaded = false;
  }

  /**
   * Continues from the sealed head. A table whose last entry is not the sealed one (an entry
   * cut or edited behind Plexus's back) refuses the write: continuing the chain and sealing
   * it again would hide the edit.
   */
  private load(): void {
    const anchor = this.sql
      .get('SELECT seq, entries, items, head, key_id, mac FROM history_anchor WHERE id = 1')
      .get() as Anchor | undefined;
    const last = this.sql.get('SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; hash: Buffer } | undefined;
    const sealedHere =
      anchor !== undefined &&
      (this.key === undefined ||
        anchor.key_id !== this.key.id ||
        sealMac(this.key, anchor).equals(anchor.mac ?? GENESIS));
    if (
      !anchor ||
      !sealedHere ||
      (last?.seq ?? 0) !== anchor.seq ||
      !(last?.hash ?? GENESIS).equals(anchor.head)
    ) {
      throw new PlexusError(
        'CASE_CORRUPT',
        `${this.file}: the case's history does not match its seal, so nothing more is written to it. Run “plexus audit verify” to see where it was changed.`,
        [{ file: this.file, message: 'history seal mismatch' }],
      );
    }
    this.seq = anchor.seq;
    this.entries = anchor.entries;
    this.items = anchor.items;
    this.head = anchor.head;
    this.loaded = true;
  }

  /** Starts the history of a case that had none (migration 005): nothing to continue from. */
  beginEmpty(ctx: JournalContext): void {
    this.ctx = ctx;
    this.loaded = true;
    this.seq = 0;
    this.entries = 0;
    this.items = 0;
    this.head = GENESIS;
  }

  get active(): boolean {
    return this.ctx !== undefined;
  }

  added(kind: 'entity' | 'link', id: string, label: string, body: string): void {
    this.ready().items++;
    this.append(kind, id, label, 'added', null, body);
  }

  adopted(kind: 'entity' | 'link', id: string, label: string, body: string): void {
    this.ready().items++;
    this.append(kind, id, label, 'adopted', null, body);
  }

  changed(kind: 'entity' | 'link', id: string, before: string, after: string, label: string): void {
    const changes = diff(
      JSON.parse(before) as Record<string, unknown>,
      JSON.parse(after) as Record<string, unknown>,
    );
    this.append(kind, id, label, 'changed', JSON.stringify(changes), after);
  }

  removed(kind: 'entity' | 'link', id: string, label: string): void {
    this.ready().items--;
    this.append(kind, id, label, 'removed', null, null);
  }

  /**
   * A source or citation added (`before` null), changed, or removed (`after` null), entered like
   * an item's write but counting no item: the seal's count is the case's entities and links.
   */
  evidence(
    kind: 'source' | 'citation',
    id: string,
    label: string,
    before: string | null,
    after: string | null,
  ): void {
    const e = evidenceEntry(kind, id, label, before, after);
    if (e) this.append(kind, e.item, e.label, e.action, e.changes, e.body);
  }

  private ready(): this {
    if (this.ctx && !this.loaded) this.load();
    return this;
  }

  /** Writes what is buffered and seals the new head, still inside the transaction. */
  seal(): void {
    if (!this.loaded) {
      this.ctx = undefined;
      return;
    }
    this.flush();
    const head = { seq: this.seq, entries: this.entries, items: this.items, head: this.head };
    this.sql
      .get(
        'INSERT INTO history_anchor (id, seq, entries, items, head, key_id, host, mac) VALUES (1, @seq, @entries, @items, @head, @keyId, @host, @mac) ' +
          'ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, entries = excluded.entries, items = excluded.items, head = excluded.head, key_id = excluded.key_id, host = excluded.host, mac = excluded.mac',
      )
      .run({
        ...head,
        keyId: this.key?.id ?? null,
        host: this.host,
        mac: this.key ? sealMac(this.key, head) : null,
      });
    this.ctx = undefined;
  }

  /** After a rollback: nothing of this write is kept, in the table or here. */
  abandon(): void {
    this.ctx = undefined;
    this.loaded = false;
    this.pending = [];
  }

  private append(
    kind: HistoryKind,
    item: string,
    label: string,
    action: HistoryAction,
    changes: string | null,
    body: string | null,
  ): void {
    const ctx = this.ctx;
    if (!ctx) throw new PlexusError('INTERNAL', `a write to ${kind} ${item} outside a history transaction`);
    this.ready();
    const fields = chainFields(ctx, this.seq + 1, { kind, item, label, action, changes, body });
    const hash = entryHash(this.head, fields);
    this.seq = fields.seq;
    this.entries++;
    this.head = hash;
    this.pending.push([
      fields.seq,
      fields.at,
      fields.osUser,
      fields.analyst,
      fields.op,
      kind,
      item,
      action,
      label,
      changes,
      fields.bodyHash,
      fields.reason,
      hash,
    ]);
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.sql.insertRows('history', COLUMNS, this.pending);
    this.pending = [];
  }
}
