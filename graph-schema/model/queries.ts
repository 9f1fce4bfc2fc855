import { z } from 'zod';
import { Entity, Id, Link } from './records';

/** Request and result shapes of the graph queries, shared by every store and both shells. */

export const SearchRequest = z.strictObject({
  /** Words to find in labels, aliases and searchable properties; each word matches as a prefix. */
  text: z.string().max(500),
  /** Only these entity types; all when absent or empty. */
  types: z.array(z.string()).optional(),
  limit: z.number().int().min(1).max(500).default(20),
});
export type SearchRequest = z.input<typeof SearchRequest>;

export const SearchHit = z.strictObject({
  entity: Entity,
  /** Higher is better; comparable only within one result list. */
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.strictObject({ hits: z.array(SearchHit) });
export type SearchResult = z.infer<typeof SearchResult>;

export const DIRECTIONS = ['out', 'in', 'both'] as const;
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

export const MAX_EXPAND_HOPS = 3;

export const ExpandRequest = z.strictObject({
  ids: z.array(Id).min(1).max(10_000),
  hops: z.number().int().min(1).max(MAX_EXPAND_HOPS).default(1),
  /** Only reach entities of these types (and only walk through them); all when absent or empty. */
  entityTypes: z.array(z.string()).optional(),
  /** Only follow links of these types; all when absent or empty. */
  linkTypes: z.array(z.string()).optional(),
  /** Follow links pointing away from (out), towards (in) or either way from what is reached. */
  direction: Direction.default('both'),
  /** At most this many new entities; the rest is counted in `omitted`. */
  limit: z.number().int().min(1).max(50_000).default(500),
});
export type ExpandRequest = z.input<typeof ExpandRequest>;

export const ExpandResult = z.strictObject({
  /** Entities reached, not including the seeds, nearest first. */
  entities: z.array(Entity),
  /** Links walked between the seeds and the entities returned. */
  links: z.array(Link),
  /** Entities reached but left out by the limit. */
  omitted: z.number().int().min(0),
});
export type ExpandResult = z.infer<typeof ExpandResult>;

export const Items = z.strictObject({ entities: z.array(Entity), links: z.array(Link) });
export type Items = z.infer<typeof Items>;
