import type { z } from 'zod';
import { commonNeighbours, connectSelection, findPaths } from '../../../graph-schema/analysis/connections';
import { analysisLink } from '../../../graph-schema/analysis/input';
import type { AnalysisInput } from '../../../graph-schema/analysis/options';
import type { Step } from '../../../graph-schema/analysis/shortest-path';
import {
  MAX_SEARCHED_LINKS,
  type CommonNeighboursRequest,
  type CommonNeighboursResult,
  type ConnectRequest,
  type ConnectResult,
  type Cut,
  type PathsRequest,
  type PathsResult,
} from '../../../graph-schema/contract/paths';
import { PlexusError } from '../../../graph-schema/model/errors';
import type { Entity, Link } from '../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../graph-schema/model/schema';

/**
 * What a store lends the path queries: its own key for an entity (a row id, or the id itself),
 * one level of neighbours, and bodies. The walk, the filters and the searches are shared, so
 * both stores answer alike from the same data.
 */
export interface PathSource<K> {
  /** Known entities' keys by id; unknown ids are left out. */
  keys(ids: readonly string[]): Promise<Map<string, K>>;
  /** Every link of these entities, whichever way it points, of these types (all when absent). */
  steps(frontier: readonly K[], linkTypes: readonly string[] | undefined): Promise<Step<K>[]>;
  links(keys: readonly K[]): Promise<Link[]>;
  entities(ids: readonly string[]): Promise<Entity[]>;
}

interface Loaded {
  input: AnalysisInput;
  links: Map<string, Link>;
  cut: Cut | null;
}

/**
 * The links within `radius` of each seed, a level at a time. Every link of an entity nearer
 * than the radius is loaded, so every path of up to 2 x radius links between seeds is there
 * (its middle is within the radius of one end). Filters other than link type apply later, in
 * memory, which only loads more than needed. Past MAX_SEARCHED_LINKS the walk stops and says so.
 */
async function loadAround<K>(
  source: PathSource<K>,
  seeds: readonly { key: K; radius: number }[],
  linkTypes: readonly string[] | undefined,
  isDirected: (type: string) => boolean,
): Promise<Loaded> {
  const linkKeys = new Set<K>();
  let cut: Cut | null = null;
  for (const seed of seeds) {
    const reached = new Set<K>([seed.key]);
    let frontier: K[] = [seed.key];
    for (let depth = 0; depth < seed.radius && frontier.length > 0 && !cut; depth++) {
      const next: K[] = [];
      for (const [link, , node] of await source.steps(frontier, linkTypes)) {
        linkKeys.add(link);
        if (reached.has(node)) continue;
        reached.add(node);
        next.push(node);
      }
      frontier = next;
      if (linkKeys.size > MAX_SEARCHED_LINKS) cut = { what: 'neighbourhood', cap: MAX_SEARCHED_LINKS };
    }
  }
  const bodies = await source.links([...linkKeys]);
  const entityIds = new Set<string>();
  for (const link of bodies) {
    entityIds.add(link.source);
    entityIds.add(link.target);
  }
  return {
    input: { entityIds: [...entityIds], links: bodies.map((l) => analysisLink(l, isDirected)) },
    links: new Map(bodies.map((l) => [l.id, l])),
    cut,
  };
}

async function keysOf<K>(
  source: PathSource<K>,
  fields: readonly [string, string][],
): Promise<Map<string, K>> {
  const keys = await source.keys(fields.map(([, id]) => id));
  for (const [field, id] of fields) {
    if (!keys.has(id)) {
      throw new PlexusError('NOT_FOUND', `${field}: no entity with id ${id}`, [
        { field, message: `${field}: ${id} not found` },
      ]);
    }
  }
  return keys;
}

function pick(links: Map<string, Link>, ids: Iterable<string>): Link[] {
  return [...new Set(ids)].flatMap((id) => {
    const link = links.get(id);
    return link ? [link] : [];
  });
}

export async function pathsQuery<K>(
  source: PathSource<K>,
  schema: SchemaIndex,
  req: z.output<typeof PathsRequest>,
): Promise<PathsResult> {
  const keys = await keysOf(source, [
    ['from', req.from],
    ['to', req.to],
  ]);
  const from = keys.get(req.from) as K;
  const to = keys.get(req.to) as K;
  const near = Math.ceil(req.maxHops / 2);
  const loaded = await loadAround(
    source,
    [
      { key: from, radius: near },
      { key: to, radius: req.maxHops - near },
    ],
    req.filters.linkTypes,
    isDirectedIn(schema),
  );
  const answer = findPaths(loaded.input, req);
  const entityIds = new Set(answer.paths.flatMap((p) => p.entityIds));
  if (answer.paths.length === 0) entityIds.clear();
  return {
    paths: answer.paths,
    entities: await source.entities([...entityIds]),
    links: pick(
      loaded.links,
      answer.paths.flatMap((p) => p.linkIds),
    ),
    leftOut: answer.leftOut,
    cut: loaded.cut ?? answer.cut,
  };
}

export async function connectQuery<K>(
  source: PathSource<K>,
  schema: SchemaIndex,
  req: z.output<typeof ConnectRequest>,
): Promise<ConnectResult> {
  const keys = await keysOf(
    source,
    req.ids.map((id, i) => [`ids.${i}`, id]),
  );
  const radius = Math.ceil(req.maxHops / 2);
  const loaded = await loadAround(
    source,
    [...keys.values()].map((key) => ({ key, radius })),
    req.filters.linkTypes,
    isDirectedIn(schema),
  );
  const answer = connectSelection(loaded.input, req);
  return {
    entities: await source.entities(answer.entityIds),
    links: pick(loaded.links, answer.linkIds),
    pairs: answer.pairs,
    leftOut: answer.leftOut,
    cut: loaded.cut,
  };
}

export async function commonNeighboursQuery<K>(
  source: PathSource<K>,
  schema: SchemaIndex,
  req: z.output<typeof CommonNeighboursRequest>,
): Promise<CommonNeighboursResult> {
  const keys = await keysOf(
    source,
    req.ids.map((id, i) => [`ids.${i}`, id]),
  );
  const loaded = await loadAround(
    source,
    [...keys.values()].map((key) => ({ key, radius: 1 })),
    req.filters.linkTypes,
    isDirectedIn(schema),
  );
  const answer = commonNeighbours(loaded.input, req);
  return {
    neighbours: answer.neighbours,
    entities: await source.entities(answer.neighbours.map((n) => n.id)),
    links: pick(
      loaded.links,
      answer.neighbours.flatMap((n) => n.linkIds),
    ),
    leftOut: answer.leftOut,
  };
}

function isDirectedIn(schema: SchemaIndex): (type: string) => boolean {
  return (type) => schema.linkType(type)?.directed ?? false;
}
