import { highestClassification, type Classification } from '../model/grading';
import type { Entity, Link } from '../model/records';
import type { Schema } from '../model/schema';
import type { SchemaLanguage } from '../model/type-definition';
import type { Body } from './geometry';
import { pairControls, routeLinks } from './link-routes';
import { exportWords, linkCount, say } from './export-words';
import { pairKey } from './parallel-links';
import type { Annotation, ChartGroup } from './saved-chart';
import type { LegendEntry, Scene, SceneEdge, SceneGroup, SceneIcon, SceneNode, ScenePoint } from './scene';
import { glyphColor } from './palette';
import { printGradesOnLinks } from './grade-labels';
import { evaluateStyle, type LinkLook } from './style-rules';
import type { ChartStyle } from './style-spec';

/** Everything a chart export needs to know about what is on screen. */
export interface SceneInput {
  schema: Schema;
  style: ChartStyle;
  entities: readonly Entity[];
  links: readonly Link[];
  /** Node centres in chart units: entities by id, collapsed groups by `group:ID`. */
  positions: Readonly<Record<string, { x: number; y: number }>>;
  groups: readonly ChartGroup[];
  annotations: readonly Annotation[];
  /** Icon name (kebab-case) to stroked path data; the icon set lives with the renderer. */
  iconPaths(name: string): SceneIcon;
  /**
   * The screen's links bent round nodes they do not join: the control point of each bent
   * pair's middle line, by pairKey (link-routes.ts). Kept where they clear the drawing here
   * too; any other line that would pass a node is bent here as on screen.
   */
  bends?: Readonly<Record<string, ScenePoint>>;
  /** The legend's and link labels' words (the export's language); English when absent. */
  language?: SchemaLanguage;
  /** Each link's label gains its Admiralty grade ("owns · B2"): the export option. */
  gradesOnLinks?: boolean;
  /** The chart's grade filter ("B2") and how many items it hid: the page says so. */
  gradeFilter?: { grade: string; hidden: number };
}

/** The print palette: the screen's dark theme would waste toner and read badly on paper. */
export const PRINT = {
  groupFill: '#EEF1F5',
  groupBorder: '#8F99A8',
  collapsedFill: '#5F6B7C',
  metaColor: '#5F6B7C',
} as const;

/** Space between a group box and its members' edges, as on screen. */
const GROUP_PADDING = 18;
const COLLAPSED_SIZE = 44;

interface Drawn {
  id: string;
  x: number;
  y: number;
  size: number;
}

function groupOf(groups: readonly ChartGroup[], onChart: ReadonlySet<string>): Map<string, ChartGroup> {
  const out = new Map<string, ChartGroup>();
  for (const group of groups) {
    for (const member of group.members) if (onChart.has(member) && !out.has(member)) out.set(member, group);
  }
  return out;
}

/** A line from the edge of one node to the edge of the other, curved through `control` if any. */
function edgeGeometry(
  a: Drawn,
  b: Drawn,
  control: ScenePoint | null,
): Pick<SceneEdge, 'from' | 'to' | 'control'> {
  const towards = (from: Drawn, to: ScenePoint) => {
    const tx = to.x - from.x;
    const ty = to.y - from.y;
    const d = Math.hypot(tx, ty) || 1;
    return { x: from.x + (tx / d) * (from.size / 2), y: from.y + (ty / d) * (from.size / 2) };
  };
  return {
    from: towards(a, control ?? b),
    to: towards(b, control ?? a),
    control,
  };
}

function legendEntries(
  items: ReturnType<typeof evaluateStyle>['legend'],
  icons: SceneInput['iconPaths'],
): LegendEntry[] {
  return items.map((item) => (item.kind === 'node' ? { ...item, icon: icons(item.icon) } : item));
}

/**
 * Resolves what is on screen into a Scene: every look decided by the chart's style (the
 * same evaluation the screen uses), collapsed groups as one node with their links rerouted,
 * parallel links bowed apart (or merged, when the style says so), notes with their callouts.
 */
export function buildScene(input: SceneInput): Scene {
  const { schema, style, positions } = input;
  const entities = input.entities.filter((e) => positions[e.id]);
  const onChart = new Set(entities.map((e) => e.id));
  const looks = evaluateStyle({ schema, style, entities, links: input.links, language: input.language });
  if (input.gradesOnLinks) printGradesOnLinks(looks, input.links);
  const words = exportWords(input.language);
  const memberOf = groupOf(input.groups, onChart);
  const markings: Classification[] = [];

  const drawn = new Map<string, Drawn>();
  const nodes: SceneNode[] = [];
  for (const entity of entities) {
    const group = memberOf.get(entity.id);
    if (group?.collapsed) continue;
    const look = looks.nodes.get(entity.id);
    const at = positions[entity.id];
    if (!look || !at) continue;
    drawn.set(entity.id, { id: entity.id, x: at.x, y: at.y, size: look.size });
    markings.push(entity.classification);
    nodes.push({
      id: entity.id,
      x: at.x,
      y: at.y,
      size: look.size,
      shape: look.shape,
      fill: look.color,
      border: look.borderColor,
      borderWidth: look.borderWidth,
      icon: input.iconPaths(look.icon),
      iconColor: look.glyph,
      label: entity.label,
    });
  }

  const groups: SceneGroup[] = [];
  for (const group of input.groups) {
    const members = group.members.filter((m) => memberOf.get(m) === group);
    if (members.length === 0) continue;
    const id = `group:${group.id}`;
    if (group.collapsed) {
      const at = positions[id] ?? centreOf(members.map((m) => positions[m]));
      drawn.set(id, { id, x: at.x, y: at.y, size: COLLAPSED_SIZE });
      for (const m of members) {
        const entity = entities.find((e) => e.id === m);
        if (entity) markings.push(entity.classification);
      }
      nodes.push({
        id,
        x: at.x,
        y: at.y,
        size: COLLAPSED_SIZE,
        shape: 'round-rectangle',
        fill: group.color ?? PRINT.collapsedFill,
        border: PRINT.groupBorder,
        borderWidth: 1,
        icon: input.iconPaths('boxes'),
        iconColor: glyphColor(group.color ?? PRINT.collapsedFill),
        label: say(words.groupCount, { title: group.title || words.group, n: members.length }),
      });
      continue;
    }
    const boxes = members.map((m) => drawn.get(m)).filter((d): d is Drawn => d !== undefined);
    if (boxes.length === 0) continue;
    const x1 = Math.min(...boxes.map((b) => b.x - b.size / 2)) - GROUP_PADDING;
    const y1 = Math.min(...boxes.map((b) => b.y - b.size / 2)) - GROUP_PADDING;
    // Labels hang under nodes: the box leaves room for one line of them.
    const x2 = Math.max(...boxes.map((b) => b.x + b.size / 2)) + GROUP_PADDING;
    const y2 = Math.max(...boxes.map((b) => b.y + b.size / 2)) + GROUP_PADDING + 14;
    groups.push({
      id,
      title: group.title,
      x: x1,
      y: y1,
      width: x2 - x1,
      height: y2 - y1,
      color: group.color ?? PRINT.groupBorder,
    });
  }

  const edges = sceneEdges(input, looks, drawn, memberOf, markings);

  const annotations = input.annotations.map((note) => {
    let anchor: ScenePoint | null = null;
    if (note.attachedTo !== null && onChart.has(note.attachedTo)) {
      const group = memberOf.get(note.attachedTo);
      const target = drawn.get(group?.collapsed ? `group:${group.id}` : note.attachedTo);
      if (target) anchor = { x: target.x, y: target.y };
    }
    return { id: note.id, text: note.text, x: note.x, y: note.y, anchor };
  });

  return {
    nodes,
    edges,
    groups,
    annotations,
    legend: legendEntries(looks.legend, input.iconPaths),
    marking: highestClassification(markings),
    ...(input.gradeFilter
      ? {
          filterNote: say(exportWords(input.language ?? 'en').gradeFilter, {
            grade: input.gradeFilter.grade,
            // Grouped by thousands the same way in English and Japanese.
            n: input.gradeFilter.hidden.toLocaleString('en-US'),
          }),
        }
      : {}),
  };
}

function centreOf(points: readonly ({ x: number; y: number } | undefined)[]): { x: number; y: number } {
  const known = points.filter((p): p is { x: number; y: number } => p !== undefined);
  if (known.length === 0) return { x: 0, y: 0 };
  return {
    x: known.reduce((s, p) => s + p.x, 0) / known.length,
    y: known.reduce((s, p) => s + p.y, 0) / known.length,
  };
}

/** A drawn node as the link router sees it: collapsed groups are boxes, entities discs. */
function asBody(d: Drawn): Body {
  const r = d.size / 2;
  const box = d.id.startsWith('group:') ? { x1: d.x - r, y1: d.y - r, x2: d.x + r, y2: d.y + r } : undefined;
  return { id: d.id, x: d.x, y: d.y, radius: r, label: null, ...(box ? { box } : {}) };
}

interface Line {
  id: string;
  source: string;
  target: string;
  look: LinkLook;
}

function sceneEdges(
  input: SceneInput,
  looks: ReturnType<typeof evaluateStyle>,
  drawn: ReadonlyMap<string, Drawn>,
  memberOf: ReadonlyMap<string, ChartGroup>,
  markings: Classification[],
): SceneEdge[] {
  const shownAs = (id: string) => {
    const group = memberOf.get(id);
    return group?.collapsed ? `group:${group.id}` : id;
  };
  const mergedMembers = new Set(looks.merged.flatMap((m) => m.members));
  const lines: Line[] = [];
  const rerouted = new Map<string, Line & { count: number }>();
  for (const link of input.links) {
    const look = looks.links.get(link.id);
    if (!look) continue;
    const source = shownAs(link.source);
    const target = shownAs(link.target);
    if (!drawn.has(source) || !drawn.has(target) || source === target) continue;
    markings.push(link.classification);
    if (source !== link.source || target !== link.target) {
      const key = pairKey(source, target);
      const entry = rerouted.get(key) ?? {
        id: `meta:${key}`,
        source,
        target,
        count: 0,
        look: { ...look, color: PRINT.metaColor, arrow: false, dash: 'solid' },
      };
      entry.count += 1;
      rerouted.set(key, entry);
      continue;
    }
    if (!mergedMembers.has(link.id)) lines.push({ id: link.id, source, target, look });
  }
  for (const merged of looks.merged) {
    if (drawn.has(merged.source) && drawn.has(merged.target)) lines.push(merged);
  }
  for (const entry of rerouted.values()) {
    lines.push({
      ...entry,
      look: { ...entry.look, label: linkCount(exportWords(input.language), entry.count) },
    });
  }

  // Parallel lines between one pair bow apart symmetrically around the straight line (as on
  // screen), and a pair whose lines would pass a node bends round it (link-routes.ts).
  const routes = routeLinks([...drawn.values()].map(asBody), lines, {
    previous: new Map(Object.entries(input.bends ?? {})),
  });
  const perPair = new Map<string, Line[]>();
  for (const line of lines) {
    const key = pairKey(line.source, line.target);
    const list = perPair.get(key);
    if (list) list.push(line);
    else perPair.set(key, [line]);
  }
  const edges: SceneEdge[] = [];
  for (const [key, list] of perPair) {
    const [first, second] = key.split('\u0000').map((id) => drawn.get(id));
    if (!first || !second) continue;
    const controls = pairControls(first, second, routes.bends.get(key) ?? null, list.length);
    // Assigned in id order, as on screen.
    [...list]
      .sort((m, n) => (m.id < n.id ? -1 : 1))
      .forEach((line, index) => {
        const a = drawn.get(line.source);
        const b = drawn.get(line.target);
        if (!a || !b) return;
        edges.push({
          id: line.id,
          ...edgeGeometry(a, b, controls[index] ?? null),
          color: line.look.color,
          width: line.look.width,
          dash: line.look.dash,
          arrow: line.look.arrow,
          label: line.look.label,
          source: line.source,
          target: line.target,
        });
      });
  }
  return edges;
}
