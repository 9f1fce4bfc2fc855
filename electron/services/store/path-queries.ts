import type { z } from 'zod';
import {
  commonNeighbours,
  connectSelection,
  findPaths,
  type PathsAnswer,
} from '../../../graph-schema/analysis/connections';
import { analysisLink } from '../../../graph-schema/analysis/input';
import type { AnalysisInput } from '../../../graph-schema/analysis/options';
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

/** One step of a level: the link walked, the entity it came from, the entity it reached. */
export type Step<K> = readonly [link: K, prev: K, node: K];

interface Loaded {
  input: AnalysisInput;
  links: Map<string, Link>;
  cut: Cut | null;
}

/** One end of a walk: what it reached, where it goes on from, how many levels it walked. */
interface Side<K> {
  reached: Set<K>;
  frontier: K[];
  depth: number;
}

/**
 * The links around the seeds, a level at a time: every link of an entity nearer to a seed than
 * the levels its side walked. A path of m links between two seeds whose sides walked a and b
 * levels, a + b >= m, is then all loaded (each of its links touches an entity nearer than a to
 * one end or nearer than b to the other). `walkEach` walks every seed that many levels;
 * `walkShared` splits the levels between the two ends of a path search, always growing the
 * smaller frontier (as a bidirectional shortest-path search does), so a hub at one end is walked
 * from as little as possible. Filters other than link type apply later, in memory, which only
 * loads more than needed. Past MAX_SEARCHED_LINKS the walk stops and says so.
 */
class Walk<K> {
  private readonly linkKeys = new Map<K, [K, K]>();
  private readonly sides: Side<K>[];
  cut: Cut | null = null;
  /** Levels walked, all sides together. */
  levels = 0;
  /** Two seeds: some entity is reached from both, so a walk of at most `levels` links joins them. */
  met: boolean;

  constructor(
    private readonly source: PathSource<K>,
    private readonly seeds: readonly K[],
    private readonly linkTypes: readonly string[] | undefined,
  ) {
    this.sides = seeds.map((key) => ({ reached: new Set([key]), frontier: [key], depth: 0 }));
    this.met = seeds.length === 2 && seeds[0] === seeds[1];
  }

  private async grow(side: Side<K>): Promise<void> {
    const other = this.sides.length === 2 ? this.sides.find((s) => s !== side) : undefined;
    const next: K[] = [];
    for (const [link, from, node] of await this.source.steps(side.frontier, this.linkTypes)) {
      this.linkKeys.set(link, [from, node]);
      if (side.reached.has(node)) continue;
      side.reached.add(node);
      next.push(node);
      if (other?.reached.has(node)) this.met = true;
    }
    side.frontier = next;
    side.depth += 1;
    this.levels += 1;
    if (this.linkKeys.size > MAX_SEARCHED_LINKS)
      this.cut = { what: 'neighbourhood', cap: MAX_SEARCHED_LINKS };
  }

  async walkEach(levels: number): Promise<void> {
    for (const side of this.sides)
      while (!this.cut && side.depth < levels && side.frontier.length > 0) await this.grow(side);
  }

  /** One more level from the smaller open frontier; false when the walk can go no further. */
  async walkShared(): Promise<boolean> {
    if (this.cut) return false;
    const smallest = this.sides
      .filter((side) => side.frontier.length > 0)
      .reduce<Side<K> | undefined>(
        (best, side) => (!best || side.frontier.length < best.frontier.length ? side : best),
        undefined,
      );
    if (!smallest) return false;
    await this.grow(smallest);
    return true;
  }

  /** The bodies of the walked links that can lie on a walk of at most maxLength links between two seeds. */
  async load(maxLength: number, isDirected: (type: string) => boolean): Promise<Loaded> {
    const bodies = await this.source.links(near(this.linkKeys, this.seeds, maxLength));
    const entityIds = new Set<string>();
    for (const link of bodies) {
      entityIds.add(link.source);
      entityIds.add(link.target);
    }
    return {
      input: { entityIds: [...entityIds], links: bodies.map((l) => analysisLink(l, isDirected)) },
      links: new Map(bodies.map((l) => [l.id, l])),
      cut: this.cut,
    };
  }
}

/** Hops from the nearest of the starts to every entity the walked links reach, either way. */
function hopsFrom<K>(adjacent: Map<K, K[]>, starts: readonly K[]): Map<K, number> {
  const hops = new Map(starts.map((k) => [k, 0]));
  let frontier = [...starts];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: K[] = [];
    for (const at of frontier)
      for (const node of adjacent.get(at) ?? []) {
        if (hops.has(node)) continue;
        hops.set(node, depth);
        next.push(node);
      }
    frontier = next;
  }
  return hops;
}

/**
 * The walked links that can lie on a walk of at most maxLength links between two seeds: with
 * a the hops from a seed to one end and b from a seed to the other, a + 1 + b <= maxLength.
 * Hops are counted on the walked links, ignoring arrows and filters, so they are never more
 * than along any path the search may take: nothing a path needs is dropped, and the bodies of
 * the far side of each ball are never read. Two seeds (a path search) count from each end on
 * its own; more count from the nearest seed, which keeps a little more than needed.
 */
function near<K>(links: Map<K, [K, K]>, seeds: readonly K[], maxLength: number): K[] {
  const adjacent = new Map<K, K[]>();
  const add = (a: K, b: K) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const [a, b] of links.values()) {
    add(a, b);
    add(b, a);
  }
  const [first, second] = seeds;
  const pair = seeds.length === 2 && first !== undefined && second !== undefined;
  const fromStart = hopsFrom(adjacent, pair ? [first] : seeds);
  const fromEnd = pair ? hopsFrom(adjacent, [second]) : fromStart;
  const within = (x: K, y: K) => {
    const a = fromStart.get(x);
    const b = fromEnd.get(y);
    return a !== undefined && b !== undefined && a + 1 + b <= maxLength;
  };
  return [...links].filter(([, [x, y]]) => within(x, y) || within(y, x)).map(([link]) => link);
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
  const isDirected = isDirectedIn(schema);
  const walk = new Walk(source, [from, to], req.filters.linkTypes);
  // Shortest paths stop as soon as the ends meet: once every path of at most `levels` links is
  // loaded, a shortest path found within that length is a shortest path of the whole case, and
  // the same one (ties go by entity id, among entities that all lie on such paths). Filters
  // may leave the meeting route out; then the walk goes on, a level at a time, up to maxHops.
  const early = req.mode === 'shortest' || req.mode === 'allShortest';
  let found: { loaded: Loaded; answer: PathsAnswer } | undefined;
  while (!found && walk.levels < req.maxHops) {
    if (early && walk.met) {
      const loaded = await walk.load(walk.levels, isDirected);
      const answer = findPaths(loaded.input, { ...req, maxHops: walk.levels });
      if (answer.paths.length > 0) found = { loaded, answer };
    }
    if (!found && !(await walk.walkShared())) break;
  }
  if (!found) {
    const loaded = await walk.load(req.maxHops, isDirected);
    found = { loaded, answer: findPaths(loaded.input, req) };
  }
  const { loaded, answer } = found;
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
  const walk = new Walk(source, [...keys.values()], req.filters.linkTypes);
  await walk.walkEach(Math.ceil(req.maxHops / 2));
  const loaded = await walk.load(req.maxHops, isDirectedIn(schema));
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
  const walk = new Walk(source, [...keys.values()], req.filters.linkTypes);
  await walk.walkEach(1);
  const loaded = await walk.load(2, isDirectedIn(schema));
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
