import type {
  ExportHeader,
  LegendEntry,
  Scene,
  SceneEdge,
  SceneNode,
} from '../../../graph-schema/chart/scene';
import type { Classification } from '../../../graph-schema/model/grading';

/** Lucide's "user" icon as stroked path data on its 24 x 24 grid. */
export const USER_ICON = ['M19 21v-2a4 4 0 0 0-4-4H9a4 4 0 0 0-4 4v2', 'M12 3a4 4 0 1 0 0 8a4 4 0 1 0 0-8z'];

export const LEGEND: LegendEntry[] = [
  { kind: 'node', label: 'Person', fill: '#3B82C4', border: '#1C2127', shape: 'ellipse', icon: USER_ICON },
  {
    kind: 'node',
    label: 'Company',
    fill: '#C87619',
    border: '#1C2127',
    shape: 'round-rectangle',
    icon: USER_ICON,
  },
  { kind: 'link', label: 'Confirmed link', color: '#5F6B7C', dash: 'solid', width: 1.5 },
  { kind: 'link', label: 'Possible link', color: '#5F6B7C', dash: 'dotted', width: 1.5 },
];

export function node(
  id: string,
  x: number,
  y: number,
  label: string,
  shape: SceneNode['shape'] = 'ellipse',
): SceneNode {
  return {
    id,
    x,
    y,
    size: 34,
    shape,
    fill: shape === 'ellipse' ? '#3B82C4' : '#C87619',
    border: '#1C2127',
    borderWidth: 1,
    icon: USER_ICON,
    iconColor: '#FFFFFF',
    label,
  };
}

export function edge(
  id: string,
  from: SceneNode,
  to: SceneNode,
  label: string,
  extra: Partial<SceneEdge> = {},
): SceneEdge {
  return {
    id,
    from: { x: from.x, y: from.y },
    to: { x: to.x, y: to.y },
    control: null,
    color: '#5F6B7C',
    width: 1.5,
    dash: 'solid',
    arrow: true,
    label,
    ...extra,
  };
}

/** A small styled chart with names in several scripts, a group and a callout. */
export function sampleScene(marking: Classification = 'SECRET'): Scene {
  const yamada = node('n1', 0, 0, '山田太郎');
  const ivan = node('n2', 220, 40, 'Иван Петров');
  const acme = node('n3', 120, 200, 'Acme Trading & Co <Ltd>', 'round-rectangle');
  const ali = node('n4', -160, 160, 'علي حسن', 'diamond');
  const zhang = node('n5', 340, 220, 'Zhāng Wěi 张伟', 'hexagon');
  return {
    nodes: [yamada, ivan, acme, ali, zhang],
    edges: [
      edge('e1', yamada, ivan, 'ASSOCIATE_OF'),
      edge('e2', ivan, acme, 'EMPLOYED_BY', { dash: 'dashed' }),
      edge('e3', yamada, acme, 'DIRECTOR_OF', { control: { x: 20, y: 120 } }),
      edge('e4', ali, acme, 'PAID', { dash: 'dotted', arrow: false, width: 3 }),
      edge('e5', zhang, acme, '', {}),
    ],
    groups: [{ id: 'g1', title: 'Tokyo cell', x: -40, y: -40, width: 300, height: 120, color: '#7961DB' }],
    annotations: [
      {
        id: 'a1',
        text: 'Met twice in Osaka, March 2024 (source B2).',
        x: -200,
        y: -60,
        anchor: { x: 0, y: 0 },
      },
      { id: 'a2', text: 'Free note', x: 400, y: -40, anchor: null },
    ],
    legend: LEGEND,
    marking,
  };
}

export function header(overrides: Partial<ExportHeader> = {}): ExportHeader {
  return {
    title: 'Operation Tern — link chart',
    subtitle: 'Associates of 山田太郎',
    author: 'Analyst A. Example',
    date: '2026-11-25',
    caseMarking: 'OFFICIAL',
    markingScheme: 'en-default',
    caveats: [],
    legend: true,
    language: 'en',
    ...overrides,
  };
}

/** Deterministic PRNG (mulberry32) so benchmark scenes are the same every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Иван', '山田', 'Zhāng', 'Omar', 'Søren', '김민수', 'Lucía', 'Kofi', 'Ólafur'];
const LAST = ['Petrov', 'Петров', '太郎', 'Wěi', 'Haddad', 'Nielsen', 'Lee', 'García', 'Mensah', 'Jónsson'];
const LINKS = ['ASSOCIATE_OF', 'EMPLOYED_BY', 'DIRECTOR_OF', 'PAID', 'OWNS'];

/** A chart the size of a big briefing chart: entities on a jittered grid, links mostly local. */
export function syntheticScene(entities: number, links: number, seed = 7): Scene {
  const rand = prng(seed);
  const side = Math.ceil(Math.sqrt(entities));
  const nodes: SceneNode[] = [];
  for (let i = 0; i < entities; i++) {
    const x = (i % side) * 120 + rand() * 40;
    const y = Math.floor(i / side) * 110 + rand() * 40;
    const name = `${FIRST[i % FIRST.length] ?? ''} ${LAST[Math.floor(rand() * LAST.length)] ?? ''} ${i}`;
    nodes.push(node(`n${i}`, x, y, name, i % 3 === 0 ? 'round-rectangle' : 'ellipse'));
  }
  const edges: SceneEdge[] = [];
  for (let i = 0; i < links; i++) {
    const a = Math.floor(rand() * entities);
    const near = a + 1 + Math.floor(rand() * side * 2);
    const b = rand() < 0.9 ? Math.min(entities - 1, near) : Math.floor(rand() * entities);
    const from = nodes[a];
    const to = nodes[b === a ? (a + 1) % entities : b];
    if (!from || !to) continue;
    const dash = (['solid', 'dashed', 'dotted'] as const)[i % 3] ?? 'solid';
    const curved =
      i % 5 === 0 ? { control: { x: (from.x + to.x) / 2 + 15, y: (from.y + to.y) / 2 - 15 } } : {};
    edges.push(edge(`e${i}`, from, to, LINKS[i % LINKS.length] ?? '', { dash, ...curved }));
  }
  return { nodes, edges, groups: [], annotations: [], legend: LEGEND, marking: 'CONFIDENTIAL' };
}
