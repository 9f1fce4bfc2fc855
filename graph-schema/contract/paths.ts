import { z } from 'zod';
import { AnalysisOptions } from '../analysis/options';
import { Grade } from '../model/grade-order';
import { Entity, Id, Link } from '../model/records';

/**
 * Paths and connections (issue 14): several paths between two entities, the network joining a
 * selection, and the neighbours a selection shares. The filters are the analysis options
 * (link types, direction, minimum confidence and grade, time window), so "B2 or better" or
 * "probable" means the same on a path as in a centrality run.
 */

export const PATH_MODES = ['shortest', 'allShortest', 'kShortest', 'allSimple'] as const;
export const PathMode = z.enum(PATH_MODES);
export type PathMode = z.infer<typeof PathMode>;

/** Yen's k shortest: more than ten paths is a list nobody reads. */
export const MAX_K_PATHS = 10;
export const MAX_PATH_SEARCH_HOPS = 8;
/** All shortest and all simple paths stop at this many; the answer then names the cap. */
export const MAX_LISTED_PATHS = 100;
/**
 * The links a search may load around its ends (or the selection). Beyond it the search stops
 * walking outwards and says so: a path through the part not loaded could be missing.
 */
export const MAX_SEARCHED_LINKS = 200_000;
/** Connect and common neighbours take a selection of at most this many entities. */
export const MAX_SELECTION = 50;

/** What was cut short, and at which cap: shown beside the answer, never silently. */
export const Cut = z.strictObject({
  what: z.enum(['paths', 'neighbourhood', 'search']),
  cap: z.number().int().min(1),
});
export type Cut = z.infer<typeof Cut>;

const filters = AnalysisOptions.prefault({});

export const PathsRequest = z.strictObject({
  from: Id,
  to: Id,
  mode: PathMode.default('shortest'),
  /** kShortest: how many paths. */
  k: z.number().int().min(1).max(MAX_K_PATHS).default(3),
  /** No path longer than this many links. */
  maxHops: z.number().int().min(1).max(MAX_PATH_SEARCH_HOPS).default(6),
  filters,
});
export type PathsRequest = z.input<typeof PathsRequest>;

export const FoundPath = z.strictObject({
  length: z.number().int().min(0),
  /** From `from` to `to`, in order. */
  entityIds: z.array(Id),
  /** Link i joins entity i and entity i + 1 (the best-graded one where several do). */
  linkIds: z.array(Id),
  /** Each link's grade, in the order of linkIds. */
  grades: z.array(Grade),
  /** The worst reliability and worst credibility on the path; null for a path of no links. */
  weakest: Grade.nullable(),
});
export type FoundPath = z.infer<typeof FoundPath>;

export const PathsResult = z.strictObject({
  /** Shortest first; "no path" is an empty list, not an error. */
  paths: z.array(FoundPath),
  /** Every entity and link the paths name, once each. */
  entities: z.array(Entity),
  links: z.array(Link),
  /** Links near the ends that the filters left out (the grade filter's doing, say). */
  leftOut: z.number().int().min(0),
  cut: Cut.nullable(),
});
export type PathsResult = z.infer<typeof PathsResult>;

const Selection = z.array(Id).min(2).max(MAX_SELECTION);

export const ConnectRequest = z.strictObject({
  ids: Selection,
  /** Pairs further apart than this stay unjoined (and are listed as such). */
  maxHops: z.number().int().min(1).max(MAX_PATH_SEARCH_HOPS).default(4),
  filters,
});
export type ConnectRequest = z.input<typeof ConnectRequest>;

export const ConnectResult = z.strictObject({
  /** The selection and every entity on a joining path. */
  entities: z.array(Entity),
  links: z.array(Link),
  /** Each pair of the selection: its shortest path's length, or null when none within maxHops. */
  pairs: z.array(z.strictObject({ from: Id, to: Id, length: z.number().int().min(1).nullable() })),
  leftOut: z.number().int().min(0),
  cut: Cut.nullable(),
});
export type ConnectResult = z.infer<typeof ConnectResult>;

export const CommonNeighboursRequest = z.strictObject({
  ids: Selection,
  /** Linked to at least this many of the selection; absent means all of it. */
  minShared: z.number().int().min(2).max(MAX_SELECTION).optional(),
  filters,
});
export type CommonNeighboursRequest = z.input<typeof CommonNeighboursRequest>;

export const CommonNeighbour = z.strictObject({
  id: Id,
  /** The selected entities it is linked to. */
  shared: z.array(Id),
  /** Every counted link between it and those entities. */
  linkIds: z.array(Id),
});
export type CommonNeighbour = z.infer<typeof CommonNeighbour>;

export const CommonNeighboursResult = z.strictObject({
  /** Most shared first. */
  neighbours: z.array(CommonNeighbour),
  entities: z.array(Entity),
  links: z.array(Link),
  leftOut: z.number().int().min(0),
});
export type CommonNeighboursResult = z.infer<typeof CommonNeighboursResult>;
