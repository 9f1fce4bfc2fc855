import { z } from 'zod';
import { Id } from '../model/records';
import { FilePath, graph, type MethodSpec } from './method-spec';

/**
 * The case's own history (issue 12): one entry per item a write touched, hash-chained. Audit
 * fields an imported file carries (its createdBy, updatedAt…) are what the file reports and
 * stay in the record; they never become entries here.
 */

export const HistoryOp = z.enum(['create', 'update', 'edit', 'delete', 'restore', 'import', 'put', 'adopt']);
export type HistoryOp = z.infer<typeof HistoryOp>;

/** Why an analyst made a write, as they typed it: entered in the history beside each item it touched. */
export const WriteReason = z.string().trim().max(500).optional();

/**
 * What an entry wrote: an entity or link, or evidence — a source, or a citation (a claim that a
 * source supports an item). Evidence entries count no item: the seal's item count is the case's
 * entities and links.
 */
export const HistoryKind = z.enum(['entity', 'link', 'source', 'citation']);
export type HistoryKind = z.infer<typeof HistoryKind>;

export const HistoryAction = z.enum(['added', 'changed', 'removed', 'adopted']);
export type HistoryAction = z.infer<typeof HistoryAction>;

/** One field's value before and after an edit; absent where the field was not set. */
// Optional keys spelled out: zod 4 makes an unknown() key required, and a field added or
// cleared by an edit has no before or no after (JSON leaves the key out).
export const FieldChange = z.strictObject({ before: z.unknown().optional(), after: z.unknown().optional() });

export const HistoryEntry = z.strictObject({
  seq: z.number().int().positive(),
  at: z.string(),
  /** The OS user who made the write. */
  osUser: z.string(),
  /** The analyst name set for the session, where one is. */
  analyst: z.string().optional(),
  op: HistoryOp,
  kind: HistoryKind,
  item: z.string(),
  /** The item's label when written: a removed item is still named. */
  label: z.string(),
  action: HistoryAction,
  changes: z.record(z.string(), FieldChange).optional(),
  reason: z.string().optional(),
  /** SHA-256 of the stored body after this write (hex); absent when removed. */
  bodyHash: z.string().optional(),
  hash: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const HistoryFilter = z.strictObject({
  item: Id.optional(),
  /** OS user or analyst name, exact. */
  who: z.string().max(200).optional(),
  /** ISO times, inclusive. */
  since: z.string().max(40).optional(),
  until: z.string().max(40).optional(),
  op: HistoryOp.optional(),
  /** Newest first; `before` pages on from a seq. */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(10_000).default(200),
});
export type HistoryFilter = z.input<typeof HistoryFilter>;

export const HistoryProblemKind = z.enum([
  'entry-altered',
  'entry-missing',
  'entries-cut',
  'anchor-mismatch',
  'anchor-missing',
  'item-differs',
  'item-without-history',
  'item-vanished',
  'body-unreadable',
]);
export type HistoryProblemKind = z.infer<typeof HistoryProblemKind>;

/**
 * What a problem says, as a code the UI words in its own language (namespace 'history',
 * `problem.<code>`) with `values`; `message` beside it stays the English the CLI prints.
 * Finer than `kind`: one kind reads differently for one entry or a range, counts or a record.
 */
export const HistoryProblemCode = z.enum([
  'entry-altered', // seq, itemKind, item
  'entry-missing', // seq
  'entries-missing', // seq, to
  'entries-cut', // seq, to, sealed, found
  'history-ends-elsewhere', // seq, sealedSeq
  'seal-missing',
  'seal-invalid',
  'item-count-differs', // found, sealed
  'item-without-history', // itemKind, item
  'item-differs', // itemKind, item, seq
  'item-vanished', // itemKind, item, seq
  'witness-differs', // seq
]);
export type HistoryProblemCode = z.infer<typeof HistoryProblemCode>;

export const HistoryProblem = z.strictObject({
  kind: HistoryProblemKind,
  code: HistoryProblemCode,
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  seq: z.number().int().optional(),
  item: z.string().optional(),
  message: z.string(),
});
export type HistoryProblem = z.infer<typeof HistoryProblem>;

/**
 * How far the seal can be trusted here: `verified` with this profile's key, `other-machine`
 * when sealed with a key this profile does not hold (a case brought from elsewhere: the chain
 * is checked, the seal cannot be), `unkeyed` when written without a key. A server's history
 * has no key (no analyst's key can seal a team's database): `witnessed` when it still holds,
 * as it was, the entry this computer last wrote or checked there, `unwitnessed` when this
 * computer has not written or checked it before.
 */
export const AnchorState = z.enum([
  'verified',
  'other-machine',
  'unkeyed',
  'witnessed',
  'unwitnessed',
  'broken',
]);

export const HistoryCheck = z.strictObject({
  ok: z.boolean(),
  /** 'open': the cheap check made on open (seal, counts, last entry); 'full': every entry and item. */
  depth: z.enum(['open', 'full']),
  entries: z.number().int(),
  items: z.number().int(),
  /** Hex SHA-256 of the last entry: quote it in a report to pin the case's state. */
  head: z.string(),
  anchor: AnchorState,
  anchorHost: z.string().optional(),
  /** The first problems found, in chain order (at most 100). */
  problems: z.array(HistoryProblem),
});
export type HistoryCheck = z.infer<typeof HistoryCheck>;

/** A server's history accepted as it is: the full check, and whether this profile had seen it before. */
export const AcceptedHistory = HistoryCheck.extend({ forgot: z.boolean() });
export type AcceptedHistory = z.infer<typeof AcceptedHistory>;

export const historyMethods = {
  listHistory: {
    summary: "The case's history, newest first, filtered by item, who, time or operation.",
    request: HistoryFilter,
    response: z.strictObject({ entries: z.array(HistoryEntry), more: z.boolean() }),
    errors: [...graph, 'NOT_FOUND'],
  },
  verifyHistory: {
    summary: 'Check every history entry, the seal and every stored item against the chain.',
    request: z.strictObject({}),
    response: HistoryCheck,
    errors: [...graph, 'NOT_FOUND'],
  },
  acceptServerHistory: {
    summary:
      "Take a Neo4j server's history as it is now, its database rebuilt or restored on purpose: what this profile last wrote or checked there is forgotten, then every entry is checked (and witnessed again if the chain holds). A case file refuses: its seal is this profile's key.",
    request: z.strictObject({}),
    response: AcceptedHistory,
    errors: [...graph, 'NOT_FOUND', 'VALIDATION'],
  },
  exportHistory: {
    summary: 'Write the (filtered) history to a CSV or JSON file.',
    request: z.strictObject({
      path: FilePath,
      format: z.enum(['csv', 'json']),
      filter: HistoryFilter.omit({ before: true, limit: true }).default({}),
    }),
    response: z.strictObject({ path: z.string(), entries: z.number().int() }),
    errors: [...graph, 'NOT_FOUND', 'IO'],
  },
} as const satisfies Record<string, MethodSpec>;
