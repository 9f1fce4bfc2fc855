import { z } from 'zod';
import { Id } from '../model/records';

/** Take offline: copy a piece of the open graph, with every field, into a new case file. */
export const TakeOfflineRequest = z.strictObject({
  ids: z.array(Id).min(1).max(10_000),
  /** Hops around the seeds to include: 0 takes the seeds and the links among them. */
  hops: z.number().int().min(0).max(3).default(1),
  /** The new case file; a bare name lands in the cases folder. */
  path: z.string().min(1).max(4096),
});
export type TakeOfflineRequest = z.input<typeof TakeOfflineRequest>;

export const TakeOfflineResult = z.strictObject({
  path: z.string(),
  entities: z.number().int(),
  links: z.number().int(),
});
export type TakeOfflineResult = z.infer<typeof TakeOfflineResult>;

/**
 * An item changed both in the case file and on the server since it was taken offline, or
 * changed in the case file and deleted on the server (then `server` is null).
 */
export const PublishConflict = z.strictObject({
  kind: z.enum(['entity', 'link']),
  id: Id,
  label: z.string(),
  /** The fields whose values differ between the two sides (none when deleted on the server). */
  fields: z.array(z.string()),
  local: z.strictObject({ updatedAt: z.string(), updatedBy: z.string() }),
  server: z.strictObject({ updatedAt: z.string(), updatedBy: z.string() }).nullable(),
});
export type PublishConflict = z.infer<typeof PublishConflict>;

export const Resolution = z.enum(['local', 'server']);
export type Resolution = z.infer<typeof Resolution>;

/** Publish: merge a case file into the open server graph by id. */
export const PublishRequest = z.strictObject({
  path: z.string().min(1).max(4096),
  /** Report what would happen and the conflicts, write nothing. */
  dryRun: z.boolean().default(false),
  /** The analyst's choice per conflicting id; a conflict without one is left as it is on the server. */
  resolutions: z.record(z.string(), Resolution).default({}),
});
export type PublishRequest = z.input<typeof PublishRequest>;

export const PublishResult = z.strictObject({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Conflicts not resolved by `resolutions`: nothing was written for them. */
  conflicts: z.array(PublishConflict),
  dryRun: z.boolean(),
});
export type PublishResult = z.infer<typeof PublishResult>;
