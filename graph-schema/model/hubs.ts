import { z } from 'zod';
import { partialDateBounds, PartialDate } from './partial-date';
import { ExpandRequest, ExpandResult } from './queries';
import type { Entity, Link } from './records';

/**
 * Hubs: an entity whose expansion would flood the chart (a company with 500 employees, a phone
 * with 2,000 calls). Instead of adding everything, the analyst sees what is there and chooses.
 */

/** The neighbours an expansion may add before the analyst is asked; a setting, this by default. */
export const DEFAULT_HUB_THRESHOLD = 100;
/** The most a hub's summary reads: beyond it the counts say "at least". */
export const HUB_SCAN_LIMIT = 50_000;

/** How to choose among what an expansion reaches. */
export const ExpandChoice = z.strictObject({
  /** Only links in force at some time in this window, and what they reach; undated links are kept. */
  window: z.strictObject({ from: PartialDate.optional(), to: PartialDate.optional() }).optional(),
  /** Which `limit` entities come first: the nearest (the stores' own order) or the most linked. */
  rank: z.enum(['distance', 'degree']).default('distance'),
});

export const ChosenExpandRequest = ExpandRequest.extend(ExpandChoice.shape);
export type ChosenExpandRequest = z.input<typeof ChosenExpandRequest>;
export type ParsedChosenExpand = z.output<typeof ChosenExpandRequest>;

const TypeCount = z.strictObject({ type: z.string(), count: z.number().int().min(0) });
export type TypeCount = z.infer<typeof TypeCount>;

export const ExpandSummary = z.strictObject({
  /** Entities the expansion reaches (not the seeds). */
  reached: z.number().int().min(0),
  /** True when the scan stopped at HUB_SCAN_LIMIT: `reached` and the counts are lower bounds. */
  capped: z.boolean(),
  byEntityType: z.array(TypeCount),
  byLinkType: z.array(TypeCount),
  /** The earliest start and latest end of the links' dates, for the time window's defaults. */
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
  /** Links with no date at all: a time window keeps them. */
  undatedLinks: z.number().int().min(0),
});
export type ExpandSummary = z.infer<typeof ExpandSummary>;

/** Expanding one entity from the chart: the expansion when it reaches no more than `hubThreshold`. */
export const ExpandUnlessHubRequest = ChosenExpandRequest.extend({
  hubThreshold: z.number().int().min(1).max(HUB_SCAN_LIMIT),
});
export type ExpandUnlessHubRequest = z.input<typeof ExpandUnlessHubRequest>;
export type ParsedExpandUnlessHub = z.output<typeof ExpandUnlessHubRequest>;

/** Either what the expansion added, or, for a hub, what it would add for the analyst to choose from. */
export const ExpandOrHub = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('expanded'), result: ExpandResult }),
  z.strictObject({ kind: z.literal('hub'), summary: ExpandSummary }),
]);
export type ExpandOrHub = z.infer<typeof ExpandOrHub>;

function countBy<T>(items: readonly T[], key: (item: T) => string): TypeCount[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** What a full expansion holds, by type and time, for the analyst to choose from. */
export function summarizeExpansion(result: ExpandResult, scanLimit = HUB_SCAN_LIMIT): ExpandSummary {
  let earliest: string | null = null;
  let latest: string | null = null;
  let undatedLinks = 0;
  for (const link of result.links) {
    if (!link.validFrom && !link.validTo) undatedLinks += 1;
    const first = link.validFrom ? partialDateBounds(link.validFrom).first : null;
    const last = link.validTo
      ? partialDateBounds(link.validTo).last
      : link.validFrom
        ? partialDateBounds(link.validFrom).last
        : null;
    if (first && (earliest === null || first < earliest)) earliest = first;
    if (last && (latest === null || last > latest)) latest = last;
  }
  return {
    reached: result.entities.length + result.omitted,
    capped: result.omitted > 0 || result.entities.length >= scanLimit,
    byEntityType: countBy(result.entities, (e) => e.type),
    byLinkType: countBy(result.links, (l) => l.type),
    earliest,
    latest,
    undatedLinks,
  };
}

/** A link dated wholly outside the window is out; an undated one, or one partly inside, is in. */
export function inWindow(
  link: Pick<Link, 'validFrom' | 'validTo'>,
  window: { from?: string; to?: string },
): boolean {
  const starts = link.validFrom ? partialDateBounds(link.validFrom).first : null;
  const ends = link.validTo ? partialDateBounds(link.validTo).last : null;
  if (window.to && starts && starts > partialDateBounds(window.to).last) return false;
  if (window.from && ends && ends < partialDateBounds(window.from).first) return false;
  return true;
}

/**
 * Narrows a full expansion (entities nearest first, the links walked) to the analyst's choice:
 * links in the window, then at most `limit` entities by rank, then only the links that join the
 * seeds and the entities kept — so nothing on the chart points at an entity left out.
 */
export function chooseExpansion(
  full: ExpandResult,
  seeds: readonly string[],
  choice: { window?: { from?: string; to?: string }; rank: 'distance' | 'degree'; limit: number },
  degrees: Readonly<Record<string, number>> = {},
): ExpandResult {
  const window = choice.window;
  const links = window ? full.links.filter((l) => inWindow(l, window)) : full.links;
  const kept = new Set(seeds);
  // Reached in the window: an entity whose every link was dated outside it is not.
  const reachable = new Set<string>();
  for (const link of links) {
    reachable.add(link.source);
    reachable.add(link.target);
  }
  let candidates: Entity[] = full.entities.filter((e) => reachable.has(e.id));
  if (choice.rank === 'degree') {
    candidates = [...candidates].sort((a, b) => (degrees[b.id] ?? 0) - (degrees[a.id] ?? 0));
  }
  const chosen = candidates.slice(0, choice.limit);
  for (const entity of chosen) kept.add(entity.id);
  return {
    entities: chosen,
    links: links.filter((l) => kept.has(l.source) && kept.has(l.target)),
    omitted: full.entities.length + full.omitted - chosen.length,
  };
}
