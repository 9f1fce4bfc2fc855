import type { AnalysisLink } from './options';
import { CONFIDENCE_WEIGHT } from './options';

/*
 * Pair measures graphology has no function for: how strongly two entities are linked, and how
 * alike their neighbourhoods are. Both read links as undirected.
 */

export interface PairScore {
  source: string;
  target: string;
  score: number;
  /** Counted links joining the pair (0 for a look-alike pair that is not linked). */
  links: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Closest relationships: every linked pair with its link count and summed confidence weight. */
export function linkedPairs(links: readonly AnalysisLink[], by: 'links' | 'weight'): PairScore[] {
  const pairs = new Map<string, { source: string; target: string; links: number; weight: number }>();
  for (const link of links) {
    if (link.source === link.target) continue;
    const key = pairKey(link.source, link.target);
    const [source, target] =
      link.source < link.target ? [link.source, link.target] : [link.target, link.source];
    const pair = pairs.get(key) ?? { source, target, links: 0, weight: 0 };
    pair.links += 1;
    pair.weight += CONFIDENCE_WEIGHT[link.confidence];
    pairs.set(key, pair);
  }
  return [...pairs.values()].map((p) => ({
    source: p.source,
    target: p.target,
    links: p.links,
    score: by === 'links' ? p.links : p.weight,
  }));
}

/**
 * Look alike: pairs that share neighbours, by Jaccard (shared / all neighbours of either) or
 * Adamic-Adar (each shared neighbour counts 1 / ln(its degree), so a shared hub counts little),
 * as defined in networkx's link prediction. Only pairs with a neighbour in common are listed.
 */
export function lookAlike(
  entityIds: readonly string[],
  links: readonly AnalysisLink[],
  by: 'jaccard' | 'adamic-adar',
): PairScore[] {
  const neighbours = new Map<string, Set<string>>(entityIds.map((id) => [id, new Set()]));
  const linkCount = new Map<string, number>();
  for (const link of links) {
    if (link.source === link.target) continue;
    neighbours.get(link.source)?.add(link.target);
    neighbours.get(link.target)?.add(link.source);
    const key = pairKey(link.source, link.target);
    linkCount.set(key, (linkCount.get(key) ?? 0) + 1);
  }
  const rows: PairScore[] = [];
  for (const [u, ofU] of neighbours) {
    // Shared neighbours of u with every v > u, found through u's neighbours.
    const shared = new Map<string, string[]>();
    for (const w of ofU) {
      for (const v of neighbours.get(w) ?? []) {
        if (v <= u) continue;
        const list = shared.get(v);
        if (list) list.push(w);
        else shared.set(v, [w]);
      }
    }
    for (const [v, common] of shared) {
      const ofV = neighbours.get(v) ?? new Set<string>();
      const score =
        by === 'jaccard'
          ? common.length / (ofU.size + ofV.size - common.length)
          : common.reduce((sum, w) => sum + 1 / Math.log(neighbours.get(w)?.size ?? Math.E), 0);
      rows.push({ source: u, target: v, score, links: linkCount.get(pairKey(u, v)) ?? 0 });
    }
  }
  return rows;
}
