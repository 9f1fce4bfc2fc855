import type { Entity, Link } from '../../../graph-schema/model/records';
import { mulberry32 } from '../generate';

const stamp = {
  notes: '',
  validFrom: null,
  validTo: null,
  reliability: 'F',
  credibility: '6',
  classification: 'UNCLASSIFIED',
  props: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'bench',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'bench',
} as const;

const TYPES = ['Person', 'Company', 'Organization', 'Location'] as const;

/**
 * A connected chart of n entities and 1.5 n links (or linksPerEntity n) from a seeded PRNG: a
 * random tree (each entity links to an earlier one, half of them to the first 2 %, so there are
 * hubs) plus links between random pairs. Same seed, same chart, for a run and its baseline.
 */
export function benchGraph(
  n: number,
  seed = 11,
  linksPerEntity = 1.5,
): { entities: Entity[]; links: Link[] } {
  const rand = mulberry32(seed);
  const pick = (below: number) => Math.floor(rand() * below);
  const entities: Entity[] = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    type: TYPES[i % TYPES.length] ?? 'Person',
    label: `Entity ${i}`,
    aliases: [],
    confidence: 'confirmed',
    ...stamp,
  }));
  const links: Link[] = [];
  const add = (source: number, target: number) =>
    links.push({
      id: `l${links.length}`,
      type: 'ASSOCIATE_OF',
      source: `e${source}`,
      target: `e${target}`,
      label: 'associate of',
      confidence: links.length % 3 === 0 ? 'probable' : 'confirmed',
      ...stamp,
    });
  for (let i = 1; i < n; i++)
    add(i, rand() < 0.5 ? pick(Math.max(1, Math.min(i, Math.ceil(n * 0.02)))) : pick(i));
  while (links.length < Math.round(n * linksPerEntity)) {
    const a = pick(n);
    const b = pick(n);
    if (a !== b) add(a, b);
  }
  return { entities, links };
}
