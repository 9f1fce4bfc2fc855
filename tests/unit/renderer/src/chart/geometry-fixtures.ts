import { expect } from 'vitest';
import { CALLOUT, STARTING_CHART_PLACES } from '../../../../../electron/services/demo/starting-chart';
import { STORY_ENTITIES } from '../../../../../electron/services/demo/story-entities';
import { STORY_LINKS } from '../../../../../electron/services/demo/story-links';
import { findConflicts, type Conflict } from '../../../../../graph-schema/chart/geometry';
import type { Entity, Link } from '../../../../../graph-schema/model/records';
import type { ChartAdapter, ChartDiff } from '../../../../../renderer/src/chart/types';
import { adding, entity, link } from './chart-fixtures';

/** The demo's starting chart, placed by hand: the table the demo saves, so the two never drift. */
export const LANXIN_PLACES = STARTING_CHART_PLACES;

/** A story entity by its key, with its real type and label (labels are what collide). */
export function storyEntity(key: string): Entity {
  const found = STORY_ENTITIES.find((e) => e.key === key);
  if (!found) throw new Error(`no story entity ${key}`);
  return entity(key, found.type, { label: found.label });
}

const storyLinkId = (from: string, type: string, to: string) => `${from}-${type}-${to}`;

/** The story's links with both ends among the keys. */
export function storyLinksAmong(keys: Iterable<string>): Link[] {
  const set = new Set(keys);
  return STORY_LINKS.filter((l) => set.has(l.from) && set.has(l.to)).map((l) =>
    link(storyLinkId(l.from, l.type, l.to), l.from, l.to, l.type),
  );
}

/** The story's neighbours of an entity (what expanding it brings). */
export function storyNeighbours(key: string): string[] {
  const out = new Set<string>();
  for (const l of STORY_LINKS) {
    if (l.from === key) out.add(l.to);
    if (l.to === key) out.add(l.from);
  }
  return [...out];
}

/**
 * Opens the Lanxin chart as saved: every node at its hand-placed spot. Returns what already
 * misleads there (nothing, as the demo's own test checks), which placement did not cause
 * and must not be blamed for.
 */
export function openLanxin(adapter: ChartAdapter): Conflict[] {
  const keys = Object.keys(LANXIN_PLACES);
  adapter.restore(adding(keys.map(storyEntity), storyLinksAmong(keys)), {
    positions: LANXIN_PLACES,
    viewport: { zoom: 1, pan: { x: 700, y: 450 } },
  });
  const { bodies, links } = adapter.geometry();
  return findConflicts(bodies, links);
}

/** The demo's note by Zhou, as the starting chart saves it: a wide box that layouts leave where it is. */
export const LANXIN_NOTE = { id: 'n-start', text: CALLOUT, x: 330, y: 130, attachedTo: 'zhou' } as const;

/** A diff as the store sends after expanding `key`: its neighbours and every link among all. */
export function expandDiff(onChart: readonly string[], key: string): ChartDiff {
  const fresh = storyNeighbours(key).filter((k) => !onChart.includes(k));
  const links = storyLinksAmong([...onChart, ...fresh]).filter(
    (l) => fresh.includes(l.source) || fresh.includes(l.target),
  );
  return adding(fresh.map(storyEntity), links);
}

const names = [
  'Ahmadi',
  'Bergström',
  'Castellanos',
  'Dąbrowski',
  'Eriksen',
  'Fujimoto',
  'Gallagher',
  'Hernández',
];
/** A person with a realistic, varied label length. */
export function person(id: string, i: number): Entity {
  const surname = names[i % names.length] ?? 'Smith';
  return entity(id, 'Person', { label: `${surname} ${'Jonathan'.slice(0, 3 + (i % 6))} ${i}` });
}

/** A hub and its spokes. */
export function star(size: number): ChartDiff {
  const leaves = Array.from({ length: size }, (_, i) => person(`s${i}`, i));
  return adding(
    [entity('hub', 'Organization', { label: 'Hub Holdings International' }), ...leaves],
    leaves.map((l, i) => link(`sl${i}`, 'hub', l.id, 'EMPLOYED_BY')),
  );
}

/** A chain of people, each linked to the next. */
export function chain(size: number, prefix = 'c'): ChartDiff {
  const people = Array.from({ length: size }, (_, i) => person(`${prefix}${i}`, i));
  return adding(
    people,
    people.slice(1).map((p, i) => link(`${prefix}l${i}`, `${prefix}${i}`, p.id)),
  );
}

/** A few disconnected pieces: a triangle, a pair, a chain of four, a loner. */
export function pieces(): ChartDiff {
  const e = (id: string, i: number) => person(id, i);
  return adding(
    [
      e('t1', 1),
      e('t2', 2),
      e('t3', 3),
      e('p1', 4),
      e('p2', 5),
      e('q1', 6),
      e('q2', 7),
      e('q3', 8),
      e('q4', 9),
      e('x', 10),
    ],
    [
      link('t12', 't1', 't2'),
      link('t23', 't2', 't3'),
      link('t31', 't3', 't1'),
      link('p12', 'p1', 'p2'),
      link('q12', 'q1', 'q2'),
      link('q23', 'q2', 'q3'),
      link('q34', 'q3', 'q4'),
    ],
  );
}

/**
 * Asserts the chart reads honestly: no node on a node or on a link it is not an end of, no
 * label on a label or a node. `known` are conflicts the chart had before (see openLanxin).
 */
export function expectHonest(adapter: ChartAdapter, known: readonly Conflict[] = []): void {
  const { bodies, links } = adapter.geometry();
  const before = new Set(known.map((c) => JSON.stringify(c)));
  expect(findConflicts(bodies, links).filter((c) => !before.has(JSON.stringify(c)))).toEqual([]);
}

/** Asserts the listed nodes did not move. */
export function expectUnmoved(
  adapter: ChartAdapter,
  before: Record<string, { x: number; y: number }>,
  ids: readonly string[],
): void {
  const after = adapter.positions();
  for (const id of ids) expect(after[id], id).toEqual(before[id]);
}
