import type { Props } from '../../../graph-schema/model/records';
import type { GraphStore } from '../store/graph-store';
import { linkProps, randomFacts } from './facts';
import type { Rng } from './rng';
import { MAKE_ENTITY } from './things';

/**
 * Grows the case by preferential attachment: each new entity links to ~3 existing ones,
 * picked with a chance proportional to their degree (plus one), so a few hubs collect most
 * links — the skewed distribution real cases and benchmarks need. Only ids and type indices
 * are kept per entity, so a million entities fit in modest memory.
 */

export const ENTITY_TYPES = [
  'Person',
  'Organization',
  'Company',
  'Incident',
  'Location',
  'Document',
  'Identifier',
  'Asset',
] as const;
type TypeName = (typeof ENTITY_TYPES)[number];
/** Pools are by entity type, plus universities apart, so only they collect STUDIED_AT links. */
type PoolName = TypeName | 'University';

/**
 * The pools an entity joins. Intelligence services and military units join none: the story
 * gives them their links by hand, and random newcomers attaching to them would be noise.
 */
export function poolsOf(type: string, props: Props): PoolName[] {
  if (type !== 'Organization')
    return (ENTITY_TYPES as readonly string[]).includes(type) ? [type as TypeName] : [];
  if (props.orgKind === 'intelligence service' || props.orgKind === 'military unit') return [];
  return props.orgKind === 'university' ? ['Organization', 'University'] : ['Organization'];
}
const TYPE_WEIGHTS = [40, 6, 12, 5, 7, 9, 16, 5];

/** A link a newcomer may make: its type, which end the newcomer takes, the partner's types. */
interface Rule {
  link: string;
  newcomer: 'source' | 'target';
  partners: PoolName[];
  weight: number;
}

const rule = (link: string, newcomer: Rule['newcomer'], partners: PoolName[], weight: number): Rule => ({
  link,
  newcomer,
  partners,
  weight,
});

const RULES: Record<TypeName, Rule[]> = {
  Person: [
    rule('EMPLOYED_BY', 'source', ['Company', 'Organization'], 20),
    rule('STUDIED_AT', 'source', ['University'], 10),
    rule('MEMBER_OF', 'source', ['Organization'], 5),
    rule('OFFICER_OF', 'source', ['Company'], 5),
    rule('ASSOCIATE_OF', 'source', ['Person'], 15),
    rule('COMMUNICATED_WITH', 'source', ['Person'], 15),
    rule('FAMILY_OF', 'source', ['Person'], 5),
    rule('TRAVELED_TO', 'source', ['Location'], 10),
    rule('MENTIONED_IN', 'source', ['Document'], 8),
    rule('PAID', 'target', ['Company', 'Person'], 4),
  ],
  Organization: [
    rule('LOCATED_AT', 'source', ['Location'], 10),
    rule('MEMBER_OF', 'source', ['Organization'], 5),
    rule('ASSOCIATE_OF', 'source', ['Organization', 'Company'], 5),
  ],
  Company: [
    rule('OWNS', 'target', ['Person', 'Company'], 15),
    rule('LOCATED_AT', 'source', ['Location'], 10),
    rule('PAID', 'source', ['Company', 'Organization'], 8),
    rule('ASSOCIATE_OF', 'source', ['Company', 'Organization'], 5),
    rule('CONTROLS', 'target', ['Organization'], 3),
  ],
  Identifier: [
    rule('USES', 'target', ['Person', 'Company'], 20),
    rule('COMMUNICATED_WITH', 'source', ['Identifier'], 5),
  ],
  Location: [rule('LOCATED_AT', 'target', ['Company', 'Organization'], 10)],
  Incident: [
    rule('INVOLVED_IN', 'target', ['Person', 'Company', 'Organization', 'Identifier', 'Asset'], 20),
    rule('LOCATED_AT', 'source', ['Location'], 5),
  ],
  Document: [rule('MENTIONED_IN', 'target', ['Person', 'Company', 'Organization', 'Incident'], 10)],
  Asset: [
    rule('OWNS', 'target', ['Person', 'Company'], 10),
    rule('LOCATED_AT', 'source', ['Location'], 5),
    rule('INVOLVED_IN', 'source', ['Incident'], 3),
  ],
};

/** Entity indices, one entry per unit of (degree + 1): a uniform pick is a preferential one. */
class Pool {
  private items = new Int32Array(1024);
  size = 0;

  push(value: number): void {
    if (this.size === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.size++] = value;
  }

  pick(rng: Rng): number {
    return this.items[rng.int(this.size)] ?? 0;
  }
}

/** What the generator remembers of the case: ids and the preferential pools per type. */
export class Growth {
  readonly ids: string[] = [];
  private readonly pools = new Map<PoolName, Pool>(
    [...ENTITY_TYPES, 'University' as const].map((t) => [t, new Pool()]),
  );

  /** Registers an entity already in the store, with the links it has. */
  add(id: string, pools: readonly PoolName[], degree = 0): number {
    const index = this.ids.push(id) - 1;
    for (const name of pools) {
      const pool = this.pools.get(name);
      for (let i = 0; pool && i <= degree; i++) pool.push(index);
    }
    return index;
  }

  /** Counts a new link at an entity, making it likelier to be picked again. */
  touch(index: number, pool: PoolName): void {
    this.pools.get(pool)?.push(index);
  }

  pick(rng: Rng, pools: readonly PoolName[]): { index: number; pool: PoolName } | undefined {
    const open = pools.filter((p) => (this.pools.get(p)?.size ?? 0) > 0);
    if (open.length === 0) return undefined;
    const pool = rng.pick(open);
    return { index: this.pools.get(pool)?.pick(rng) ?? 0, pool };
  }
}

/** Adds `count` generated entities with their links, in batches through the store. */
export async function grow(
  store: GraphStore,
  rng: Rng,
  growth: Growth,
  count: number,
  batchSize: number,
  onBatch: (entities: number, links: number) => void,
): Promise<void> {
  for (let start = 0; start < count; start += batchSize) {
    const n = Math.min(batchSize, count - start);
    const types: TypeName[] = [];
    const inputs = Array.from({ length: n }, () => {
      const type = rng.weighted(ENTITY_TYPES, TYPE_WEIGHTS);
      types.push(type);
      const named = MAKE_ENTITY[type]?.(rng) ?? { label: type, aliases: [], props: {} };
      return { type, label: named.label, aliases: named.aliases, ...randomFacts(rng), props: named.props };
    });
    const created = await store.createEntities(inputs);
    const links: Record<string, unknown>[] = [];
    created.forEach((entity, i) => {
      const type = types[i] ?? 'Person';
      const rules = RULES[type];
      const wanted = rng.between(1, 5);
      const seen = new Set<string>();
      for (let k = 0; k < wanted; k++) {
        const chosen = rng.weighted(
          rules,
          rules.map((r) => r.weight),
        );
        const partner = growth.pick(rng, chosen.partners);
        const key = `${chosen.link}:${partner?.index}`;
        if (!partner || seen.has(key)) continue;
        seen.add(key);
        const partnerId = growth.ids[partner.index] ?? '';
        const [source, target] =
          chosen.newcomer === 'source' ? [entity.id, partnerId] : [partnerId, entity.id];
        links.push({
          type: chosen.link,
          source,
          target,
          ...randomFacts(rng),
          props: linkProps(rng, chosen.link),
        });
        growth.touch(partner.index, partner.pool);
      }
      growth.add(entity.id, poolsOf(type, entity.props), seen.size);
    });
    for (let at = 0; at < links.length; at += batchSize) {
      await store.createLinks(links.slice(at, at + batchSize));
    }
    onBatch(n, links.length);
  }
}
