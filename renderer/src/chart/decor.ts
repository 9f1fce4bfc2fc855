import type { Collection, Core, EdgeDefinition, NodeSingular } from 'cytoscape';
import type { Annotation, ChartGroup } from '../../../graph-schema/chart/saved-chart';
import { i18n } from '../i18n';

/**
 * What a chart shows besides the case's records: group boxes (compound nodes, or one node
 * when collapsed, with the members' links rerouted to it), notes and their callout lines,
 * and pinned nodes. Decor elements carry `decor` in their data and ids with a prefix, so
 * selection, layouts and exports can tell them from entities and links.
 */
export interface ChartDecor {
  groups: readonly ChartGroup[];
  annotations: readonly Annotation[];
  /** Entity ids that keep their place when a layout runs. */
  pinned: readonly string[];
  /** On the chart but out of sight (an entity's links go with it). */
  hidden: { readonly entities: readonly string[]; readonly links: readonly string[] };
}

export const EMPTY_DECOR: ChartDecor = {
  groups: [],
  annotations: [],
  pinned: [],
  hidden: { entities: [], links: [] },
};

export type DecorKind = 'group' | 'note' | 'callout' | 'meta';

const PREFIX: Record<DecorKind, string> = {
  group: 'group:',
  note: 'note:',
  callout: 'callout:',
  meta: 'meta:',
};

export const decorId = (kind: DecorKind, id: string) => `${PREFIX[kind]}${id}`;

/** The decor id without its prefix (the group's or note's own id). */
export function ownId(kind: DecorKind, elementId: string): string {
  return elementId.startsWith(PREFIX[kind]) ? elementId.slice(PREFIX[kind].length) : elementId;
}

export const DECOR_SELECTOR = '[decor]';
export const ENTITY_NODES = 'node[!decor]';
export const LINK_EDGES = 'edge[!decor]';

/** Which group each entity on the chart belongs to (first group wins a shared member). */
function membership(cy: Core, groups: readonly ChartGroup[]): Map<string, ChartGroup> {
  const out = new Map<string, ChartGroup>();
  for (const group of groups) {
    for (const member of group.members) {
      if (!out.has(member) && cy.getElementById(member).nonempty()) out.set(member, group);
    }
  }
  return out;
}

function centroid(nodes: Collection): { x: number; y: number } {
  let x = 0;
  let y = 0;
  const list = nodes.nodes();
  list.forEach((n) => {
    x += n.position('x');
    y += n.position('y');
  });
  const count = Math.max(1, list.length);
  return { x: x / count, y: y / count };
}

function groupLabel(group: ChartGroup, members: number): string {
  return group.collapsed
    ? i18n.t('chart:decor.collapsedGroup', {
        title: group.title || i18n.t('chart:decor.group'),
        count: members,
      })
    : group.title;
}

function syncGroups(cy: Core, groups: readonly ChartGroup[], memberOf: Map<string, ChartGroup>): void {
  const wanted = new Set(groups.map((g) => decorId('group', g.id)));
  // Members leave a box before it goes; a removed parent would take its children with it.
  cy.nodes('[decor = "group"]').forEach((node) => {
    if (wanted.has(node.id())) return;
    node.children().move({ parent: null });
    node.remove();
  });

  for (const group of groups) {
    const id = decorId('group', group.id);
    const members = group.members.filter((m) => memberOf.get(m) === group);
    let node = cy.getElementById(id);
    if (node.empty()) {
      node = cy.add({ group: 'nodes', data: { id, decor: 'group', label: '' } });
    }
    node.data({ label: groupLabel(group, members.length), color: group.color ?? null });
    node.toggleClass('collapsed', group.collapsed);
    const memberIds = new Set(members);
    const memberNodes = cy.nodes(ENTITY_NODES).filter((n) => memberIds.has(n.id()));
    if (group.collapsed) {
      const at =
        group.x !== undefined && group.y !== undefined ? { x: group.x, y: group.y } : centroid(memberNodes);
      memberNodes.nodes().forEach((m) => {
        if (m.parent().nonempty()) m.move({ parent: null });
      });
      node.position(at);
    }
    memberNodes.toggleClass('in-collapsed', group.collapsed);
  }

  // Entities join or leave expanded boxes.
  cy.nodes(ENTITY_NODES).forEach((node: NodeSingular) => {
    const group = memberOf.get(node.id());
    const desired = group && !group.collapsed ? decorId('group', group.id) : null;
    const current = node.parent().nonempty() ? node.parent().first().id() : null;
    if (desired !== current) node.move({ parent: desired });
    if (!group) node.removeClass('in-collapsed');
  });
}

/** One rerouted line per pair of visible ends, labelled with how many links it stands for. */
function metaEdges(cy: Core, memberOf: Map<string, ChartGroup>): EdgeDefinition[] {
  const shownAs = (id: string) => {
    const group = memberOf.get(id);
    return group?.collapsed ? decorId('group', group.id) : id;
  };
  const counts = new Map<string, { source: string; target: string; count: number }>();
  cy.edges(LINK_EDGES).forEach((edge) => {
    const source = shownAs(edge.source().id());
    const target = shownAs(edge.target().id());
    if (source === edge.source().id() && target === edge.target().id()) return;
    if (source === target) return;
    const key = source < target ? `${source}|${target}` : `${target}|${source}`;
    const entry = counts.get(key) ?? { source, target, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  });
  return [...counts].map(([key, { source, target, count }]) => ({
    group: 'edges',
    data: {
      id: decorId('meta', key),
      decor: 'meta',
      source,
      target,
      label: i18n.t('chart:decor.links', { count }),
    },
  }));
}

/** Average glyph width at the note's 11 px font: the box is sized before Cytoscape measures. */
const GLYPH = 6.2;

/** A note's box: as wide as its longest line up to 220, as tall as its wrapped lines. */
function noteBox(text: string): { width: number; height: number } {
  const lines = text.split('\n');
  const longest = Math.max(...lines.map((line) => line.length));
  const width = Math.min(220, Math.max(60, longest * GLYPH + 16));
  const perLine = Math.max(1, Math.floor((width - 16) / GLYPH));
  const rows = lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return { width, height: rows * 15 + 6 };
}

function syncNotes(
  cy: Core,
  annotations: readonly Annotation[],
  memberOf: Map<string, ChartGroup>,
): EdgeDefinition[] {
  const wanted = new Set(annotations.map((a) => decorId('note', a.id)));
  cy.nodes('[decor = "note"]').forEach((node) => {
    if (!wanted.has(node.id())) node.remove();
  });
  const callouts: EdgeDefinition[] = [];
  for (const note of annotations) {
    const id = decorId('note', note.id);
    let node = cy.getElementById(id);
    if (node.empty()) node = cy.add({ group: 'nodes', data: { id, decor: 'note', label: note.text } });
    node.data({ label: note.text, ...noteBox(note.text) });
    node.position({ x: note.x, y: note.y });
    if (note.attachedTo === null || cy.getElementById(note.attachedTo).empty()) continue;
    const group = memberOf.get(note.attachedTo);
    const target = group?.collapsed ? decorId('group', group.id) : note.attachedTo;
    callouts.push({
      group: 'edges',
      data: { id: decorId('callout', note.id), decor: 'callout', source: id, target },
    });
  }
  return callouts;
}

function syncPins(cy: Core, pinned: readonly string[]): void {
  const wanted = new Set(pinned);
  cy.nodes(ENTITY_NODES).forEach((node) => {
    const pin = wanted.has(node.id());
    if (pin === node.locked()) return;
    if (pin) node.lock();
    else node.unlock();
    node.toggleClass('pinned', pin);
  });
}

/** Charts showing (or last showing) some decor: the others need no pass to clear it. */
const decorated = new WeakSet<Core>();

const noneHidden = (decor: ChartDecor) => decor.hidden.entities.length + decor.hidden.links.length === 0;
const anyCollapsed = (decor: ChartDecor) => decor.groups.some((g) => g.collapsed);

function isEmpty(decor: ChartDecor): boolean {
  return (
    decor.groups.length === 0 &&
    decor.annotations.length === 0 &&
    decor.pinned.length === 0 &&
    noneHidden(decor)
  );
}

/**
 * What layouts arrange: notes stay where the analyst put them, hidden items and members of
 * collapsed groups are skipped. Without such decor it is simply everything: on a 10,000-node
 * chart a selector pass over every element costs a long main-thread task.
 */
export function layoutable(cy: Core, decor: ChartDecor): Collection {
  if (decor.annotations.length === 0 && noneHidden(decor) && !anyCollapsed(decor)) return cy.elements();
  return cy.elements().filter((ele) => {
    const kind: unknown = ele.data('decor');
    if (kind === 'note' || kind === 'callout') return false;
    return !ele.hasClass('in-collapsed') && !ele.hasClass('hidden-item');
  });
}

/**
 * Makes the chart show the decor. Idempotent: called after every data change too, since
 * new entities may belong to a group and new links may need rerouting. Call inside cy.batch().
 */
export function applyDecor(cy: Core, decor: ChartDecor): void {
  // Runs after every data change: a chart that never had decor skips the passes over every element.
  const empty = isEmpty(decor);
  if (empty && !decorated.has(cy)) return;
  if (empty) decorated.delete(cy);
  else decorated.add(cy);
  cy.elements('[decor = "meta"], [decor = "callout"]').remove();
  const memberOf = membership(cy, decor.groups);
  syncGroups(cy, decor.groups, memberOf);
  const callouts = syncNotes(cy, decor.annotations, memberOf);
  cy.add([...metaEdges(cy, memberOf), ...callouts]);
  syncPins(cy, decor.pinned);
  syncHidden(cy, decor.hidden);
}

function syncHidden(cy: Core, hidden: ChartDecor['hidden']): void {
  const wanted = new Set([...hidden.entities, ...hidden.links]);
  cy.elements('[!decor]').forEach((ele) => {
    const hide = wanted.has(ele.id());
    if (hide === ele.hasClass('hidden-item')) return;
    ele.toggleClass('hidden-item', hide);
    if (hide) ele.unselect();
  });
}
