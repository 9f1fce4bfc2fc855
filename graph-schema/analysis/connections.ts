import type { z } from 'zod';
import {
  MAX_LISTED_PATHS,
  type CommonNeighbour,
  type CommonNeighboursRequest,
  type ConnectRequest,
  type ConnectResult,
  type Cut,
  type FoundPath,
  type PathsRequest,
} from '../contract/paths';
import { weakestGrade } from '../model/grade-order';
import type { AnalysisInput } from './options';
import { arcsOf, buildPathGraph, gradeOf, type PathGraph } from './path-graph';
import {
  allShortestPaths,
  allSimplePaths,
  kShortestPaths,
  MAX_SIMPLE_PATH_STEPS,
  shortestPath,
  type ListedPaths,
  type NodePath,
} from './path-search';

/**
 * Paths, connecting networks and common neighbours over links a store loaded: pure, so the
 * case file and Neo4j give the same answer from the same data (the stores only load).
 */

function found(graph: PathGraph, path: NodePath): FoundPath {
  const grades = path.links.flatMap((id) => {
    const link = graph.links.get(id);
    return link ? [gradeOf(link)] : [];
  });
  return {
    length: path.links.length,
    entityIds: path.nodes,
    linkIds: path.links,
    grades,
    weakest: weakestGrade(grades) ?? null,
  };
}

function cutOf(listed: ListedPaths): Cut | null {
  if (listed.cut === 'paths') return { what: 'paths', cap: MAX_LISTED_PATHS };
  if (listed.cut === 'steps') return { what: 'search', cap: MAX_SIMPLE_PATH_STEPS };
  return null;
}

export interface PathsAnswer {
  paths: FoundPath[];
  leftOut: number;
  cut: Cut | null;
}

export function findPaths(input: AnalysisInput, req: z.output<typeof PathsRequest>): PathsAnswer {
  const graph = buildPathGraph(input, req.filters);
  const { from, to, maxHops } = req;
  let listed: ListedPaths;
  if (req.mode === 'kShortest')
    listed = { paths: kShortestPaths(graph, from, to, req.k, maxHops), cut: null };
  else if (req.mode === 'allShortest') listed = allShortestPaths(graph, from, to, maxHops, MAX_LISTED_PATHS);
  else if (req.mode === 'allSimple') listed = allSimplePaths(graph, from, to, maxHops, MAX_LISTED_PATHS);
  else {
    const one = shortestPath(graph, from, to, maxHops);
    listed = { paths: one ? [one] : [], cut: null };
  }
  return { paths: listed.paths.map((p) => found(graph, p)), leftOut: graph.leftOut, cut: cutOf(listed) };
}

export type ConnectAnswer = Pick<ConnectResult, 'pairs' | 'leftOut'> & {
  entityIds: string[];
  linkIds: string[];
};

/**
 * i2's "find connecting network": the shortest path between every pair of the selection,
 * merged. Under a direction a pair is joined whichever way its arrows allow (the shorter).
 */
export function connectSelection(input: AnalysisInput, req: z.output<typeof ConnectRequest>): ConnectAnswer {
  const graph = buildPathGraph(input, req.filters);
  const ids = [...new Set(req.ids)];
  const entityIds = new Set(ids);
  const linkIds = new Set<string>();
  const pairs: ConnectAnswer['pairs'] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const from = ids[i] ?? '';
      const to = ids[j] ?? '';
      const there = shortestPath(graph, from, to, req.maxHops);
      const back = req.filters.direction === 'both' ? undefined : shortestPath(graph, to, from, req.maxHops);
      const path = there && (!back || there.links.length <= back.links.length) ? there : back;
      pairs.push({ from, to, length: path ? path.links.length : null });
      for (const node of path?.nodes ?? []) entityIds.add(node);
      for (const link of path?.links ?? []) linkIds.add(link);
    }
  }
  return { entityIds: [...entityIds], linkIds: [...linkIds], pairs, leftOut: graph.leftOut };
}

/**
 * Entities linked to at least minShared of the selection (all of it when absent), most shared
 * first; under 'out' a link counts when it points from a selected entity to the neighbour.
 */
export function commonNeighbours(
  input: AnalysisInput,
  req: z.output<typeof CommonNeighboursRequest>,
): { neighbours: CommonNeighbour[]; leftOut: number } {
  const graph = buildPathGraph(input, req.filters);
  const seeds = [...new Set(req.ids)];
  const order = new Map(seeds.map((id, i) => [id, i]));
  const byNeighbour = new Map<string, { shared: Set<string>; links: Set<string> }>();
  for (const link of graph.links.values()) {
    for (const [from, to] of arcsOf(link, req.filters.direction)) {
      if (!order.has(from) || order.has(to)) continue;
      let entry = byNeighbour.get(to);
      if (!entry) byNeighbour.set(to, (entry = { shared: new Set(), links: new Set() }));
      entry.shared.add(from);
      entry.links.add(link.id);
    }
  }
  const minShared = Math.min(req.minShared ?? seeds.length, seeds.length);
  const neighbours: CommonNeighbour[] = [];
  for (const [id, entry] of byNeighbour) {
    if (entry.shared.size < minShared) continue;
    neighbours.push({
      id,
      shared: [...entry.shared].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      linkIds: [...entry.links].sort(),
    });
  }
  neighbours.sort((a, b) => b.shared.length - a.shared.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { neighbours, leftOut: graph.leftOut };
}
