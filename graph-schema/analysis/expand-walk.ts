/** One link walked: the link, the entity walked from and the entity reached. */
export type WalkStep<K> = readonly [link: K, from: K, to: K];

/**
 * The expand walk both stores run (sqlite/traverse.ts reads a level per statement, Neo4j every
 * level in one): steps are taken breadth first, a level at a time, so the limit keeps the
 * entities nearest the seeds, in the order they were first reached. The walk goes on past the
 * limit only to count what was left out, and a link is kept only when both its ends are seeds
 * or kept entities: the chart never gets a link to an entity it was not given.
 */
export class ExpandWalk<K> {
  /** Every entity reached: its place in discovery order, or -1 for a seed. */
  private readonly rank: Map<K, number>;
  private readonly order: K[] = [];
  private readonly links = new Map<K, WalkStep<K>>();

  constructor(
    seeds: Iterable<K>,
    private readonly limit: number,
  ) {
    this.rank = new Map([...seeds].map((seed) => [seed, -1]));
  }

  /** Takes one step; true when it reached an entity for the first time (the next level's frontier). */
  take(step: WalkStep<K>): boolean {
    const [link, from, to] = step;
    const first = !this.rank.has(to);
    if (first) {
      this.rank.set(to, this.order.length);
      this.order.push(to);
    }
    if (this.kept(from) && this.kept(to) && !this.links.has(link)) this.links.set(link, step);
    return first;
  }

  /** The entities kept (nearest first), the links kept, and how many entities the limit left out. */
  result(): { entities: K[]; links: WalkStep<K>[]; omitted: number } {
    const entities = this.order.slice(0, this.limit);
    return { entities, links: [...this.links.values()], omitted: this.order.length - entities.length };
  }

  private kept(id: K): boolean {
    const r = this.rank.get(id);
    return r !== undefined && r < this.limit;
  }
}
