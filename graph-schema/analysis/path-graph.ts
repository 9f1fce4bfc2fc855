import { compareGrades, type Grade } from '../model/grade-order';
import { CONFIDENCE_LEVELS } from '../model/grading';
import type { Direction } from '../model/queries';
import { countedLinks, type AnalysisInput, type AnalysisLink, type AnalysisOptions } from './options';

/** One step a path may take: to this entity, by this link. */
export interface Hop {
  node: string;
  link: string;
}

/**
 * The graph path searches walk: entities and, per ordered pair, the one link a path would go
 * by. Where several links join a pair the best graded is taken (then the surest, then the
 * lowest id), so a path's weakest grade is the best that route can show. Hop lists are sorted
 * by entity id, so every search breaks ties the same way whatever order a store read links in.
 */
export interface PathGraph {
  out: ReadonlyMap<string, readonly Hop[]>;
  /** The same arcs walked backwards: how far each entity is from a target. */
  in: ReadonlyMap<string, readonly Hop[]>;
  links: ReadonlyMap<string, AnalysisLink>;
  /** Links the filters left out. */
  leftOut: number;
}

/**
 * The ways a link may be walked under a direction: 'both' ignores arrows, 'out' follows a
 * directed link from source to target and 'in' against it; undirected types go both ways.
 */
export function arcsOf(link: AnalysisLink, direction: Direction): [from: string, to: string][] {
  if (link.source === link.target) return [];
  const forward: [string, string] = [link.source, link.target];
  const backward: [string, string] = [link.target, link.source];
  if (direction === 'both' || !link.directed) return [forward, backward];
  return direction === 'out' ? [forward] : [backward];
}

export function gradeOf(link: AnalysisLink): Grade {
  return { reliability: link.reliability, credibility: link.credibility };
}

function betterLink(a: AnalysisLink, b: AnalysisLink): boolean {
  const byGrade = compareGrades(gradeOf(a), gradeOf(b));
  if (byGrade !== 0) return byGrade < 0;
  const bySureness = CONFIDENCE_LEVELS.indexOf(a.confidence) - CONFIDENCE_LEVELS.indexOf(b.confidence);
  return bySureness !== 0 ? bySureness < 0 : a.id < b.id;
}

export function buildPathGraph(input: AnalysisInput, options: AnalysisOptions): PathGraph {
  const counted = countedLinks(input, options);
  const chosen = new Map<string, Map<string, AnalysisLink>>();
  for (const link of counted.links) {
    for (const [from, to] of arcsOf(link, options.direction)) {
      let row = chosen.get(from);
      if (!row) chosen.set(from, (row = new Map()));
      const held = row.get(to);
      if (!held || betterLink(link, held)) row.set(to, link);
    }
  }
  const out = new Map<string, Hop[]>();
  const back = new Map<string, Hop[]>();
  const push = (map: Map<string, Hop[]>, at: string, hop: Hop) => {
    const list = map.get(at);
    if (list) list.push(hop);
    else map.set(at, [hop]);
  };
  for (const [from, row] of chosen) {
    for (const [to, link] of row) {
      push(out, from, { node: to, link: link.id });
      push(back, to, { node: from, link: link.id });
    }
  }
  const byNode = (a: Hop, b: Hop) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
  for (const list of out.values()) list.sort(byNode);
  for (const list of back.values()) list.sort(byNode);
  return {
    out,
    in: back,
    links: new Map(counted.links.map((l) => [l.id, l])),
    leftOut: counted.leftOut,
  };
}

/** Hops from `start` to every entity within maxHops, walking `hops` (a graph's out or in). */
export function distances(
  hops: ReadonlyMap<string, readonly Hop[]>,
  start: string,
  maxHops: number,
): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let depth = 1; depth <= maxHops && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const hop of hops.get(at) ?? []) {
        if (dist.has(hop.node)) continue;
        dist.set(hop.node, depth);
        next.push(hop.node);
      }
    }
    frontier = next;
  }
  return dist;
}
