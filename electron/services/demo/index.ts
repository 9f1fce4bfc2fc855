import { PlexusError } from '../../../graph-schema/model/errors';
import type { GraphStore } from '../store/graph-store';
import { Growth, grow, poolsOf } from './growth';
import { Rng } from './rng';
import { saveStartingChart } from './starting-chart';
import { STORY_ENTITIES } from './story-entities';
import { STORY_LINKS } from './story-links';
import { factsToInput } from './story-types';

export interface DemoOptions {
  /** Same seed, same case. */
  seed?: number;
  /** Entities in the case: the hand-written story plus generated ones up to this number. */
  size?: number;
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_DEMO_SIZE = 150;
export const MAX_DEMO_SIZE = 1_000_000;
export const DEFAULT_DEMO_SEED = 7;
const BATCH = 10_000;

/**
 * Fills a store with the fictional demo case: a hand-written counter-intelligence story
 * (state-linked organizations, students, businesspeople, incidents, sources) grown with
 * generated entities to `size`. Everything goes through the store, so the schema applies.
 * The story comes with a saved starting chart (starting-chart.ts) that the app opens on.
 * Below the story's own size, only generated entities are written, and no chart.
 */
export async function generateDemoCase(
  store: GraphStore,
  options: DemoOptions = {},
): Promise<{ entities: number; links: number }> {
  const size = options.size ?? DEFAULT_DEMO_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_DEMO_SIZE) {
    throw new PlexusError(
      'VALIDATION',
      `size: must be a whole number from 1 to ${MAX_DEMO_SIZE} (got ${size})`,
      [{ field: 'size', rule: 'range', message: `size: must be from 1 to ${MAX_DEMO_SIZE}` }],
    );
  }
  const rng = new Rng(options.seed ?? DEFAULT_DEMO_SEED);
  const growth = new Growth();
  const progress = options.onProgress ?? (() => undefined);
  let entities = 0;
  let links = 0;

  if (size >= STORY_ENTITIES.length) {
    const story = await writeStory(store, growth);
    entities += story.entities;
    links += story.links;
    progress(entities, size);
  }
  await grow(store, rng, growth, size - entities, BATCH, (e, l) => {
    entities += e;
    links += l;
    progress(entities, size);
  });
  return { entities, links };
}

async function writeStory(store: GraphStore, growth: Growth): Promise<{ entities: number; links: number }> {
  const created = await store.createEntities(
    STORY_ENTITIES.map((e) => ({
      type: e.type,
      label: e.label,
      aliases: e.aliases ?? [],
      ...factsToInput(e),
    })),
  );
  const idOf = new Map(STORY_ENTITIES.map((e, i) => [e.key, created[i]?.id ?? '']));
  const degree = new Map<string, number>();
  const links = STORY_LINKS.map((l) => {
    const source = idOf.get(l.from);
    const target = idOf.get(l.to);
    if (!source || !target) throw new Error(`demo story: unknown key in link ${l.from} -> ${l.to}`);
    degree.set(l.from, (degree.get(l.from) ?? 0) + 1);
    degree.set(l.to, (degree.get(l.to) ?? 0) + 1);
    return { type: l.type, source, target, ...factsToInput(l) };
  });
  const written = await store.createLinks(links);
  await saveStartingChart(store, idOf, written);
  STORY_ENTITIES.forEach((e) =>
    growth.add(idOf.get(e.key) ?? '', poolsOf(e.type, e.props ?? {}), degree.get(e.key) ?? 0),
  );
  return { entities: created.length, links: links.length };
}
