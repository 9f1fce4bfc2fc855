import type { Entity, Link } from '../../../graph-schema/model/records';
import type { Viewport } from '../../../graph-schema/chart/saved-chart';
import type { ChartStyle } from '../../../graph-schema/chart/style-spec';
import type { Schema } from '../../../graph-schema/model/schema';
import type { ChartDecor } from './decor';
import type { ChartTheme } from './style';
import type { Body, Segment } from '../../../graph-schema/chart/geometry';
import type { DrawnLabel } from './drawn-labels';

export interface ChartGeometry {
  bodies: Body[];
  links: Segment[];
}

/** What the chart shows: the store's records, keyed by id. Records are immutable. */
export interface ChartContent {
  entities: Record<string, Entity>;
  links: Record<string, Link>;
}

/** The change between two contents, as the adapter applies it in one batch. */
export interface ChartDiff {
  addEntities: Entity[];
  updateEntities: Entity[];
  removeEntityIds: string[];
  addLinks: Link[];
  updateLinks: Link[];
  removeLinkIds: string[];
}

export type LayoutName = 'force' | 'hierarchical' | 'circle' | 'concentric' | 'grid';

/** Ids of selected (or highlighted) items on the chart. */
export interface ChartSelection {
  entities: string[];
  links: string[];
}

export type ChartTargetKind = 'entity' | 'link' | 'group' | 'note' | 'background';

export interface ChartContextMenuRequest {
  /** Pixels relative to the chart container's top-left corner. */
  x: number;
  y: number;
  target: { kind: ChartTargetKind; id?: string };
  /** The selection after the right-click (an unselected target becomes the selection). */
  selection: ChartSelection;
}

export interface ChartAdapterOptions {
  schema: Schema;
  /** No container and no drawing: for tests and measurements. */
  headless?: boolean;
  /** 'webgl' uses Cytoscape's experimental WebGL mode of the canvas renderer; default 'canvas'. */
  renderer?: 'canvas' | 'webgl';
  /** The screen's theme for labels, background and selection; default dark. */
  theme?: ChartTheme;
  /** The user changed the selection (tap, box select, right-click). Never echoes setSelection. */
  onSelectionChange(ids: ChartSelection): void;
  /** Double-click on a node: the app expands it. */
  onOpen(entityId: string): void;
  /** Right-click: the app draws its own menu at x, y. */
  onContextMenu(request: ChartContextMenuRequest): void;
  /** A group or note was dragged to a new place, or double-clicked (a group toggles collapse). */
  onDecorEvent?(event: DecorEvent): void;
  /** The user dragged entities to new places (the chart now differs from its saved layout). */
  onNodesMoved?(): void;
}

export type DecorEvent =
  | { type: 'moved'; kind: 'group' | 'note'; id: string; x: number; y: number }
  | { type: 'open'; kind: 'group' | 'note'; id: string };

/** A saved chart's layout, put back as it was. */
export interface ChartPlacement {
  positions: Record<string, { x: number; y: number }>;
  viewport: Viewport | null;
}

export interface RunLayoutOptions {
  /** Lay out only the selected nodes, leaving the rest where they are. */
  selectionOnly?: boolean;
  /** What puts a node nearer the centre of the concentric layout; default degree. */
  measure?: 'degree' | 'betweenness';
}

export interface ChartCounts {
  nodes: number;
  edges: number;
  /** Selected nodes and edges together. */
  selected: number;
}

export interface ChartAdapter {
  apply(diff: ChartDiff): void;
  /** Replaces the chart's selection without calling onSelectionChange. */
  setSelection(ids: ChartSelection): void;
  /** Emphasizes the given items (a path) and dims everything else; null clears. */
  highlight(ids: ChartSelection | null): void;
  runLayout(name: LayoutName, options?: RunLayoutOptions): Promise<void>;
  /** Fits the viewport to the given entity ids, or to everything. */
  fit(ids?: string[]): void;
  /** Multiplies the zoom level around the centre of the view. */
  zoom(factor: number): void;
  counts(): ChartCounts;
  /** Shows groups, notes and pins; kept across data changes until replaced. */
  setDecor(decor: ChartDecor): void;
  /**
   * Draws every item by the style's rules (graph-schema/chart/style-rules.ts), re-evaluated
   * on every data change; until called, the type colour and icon defaults show.
   */
  setStyle(style: ChartStyle): void;
  /** Redraws in the light or dark theme (labels, background, selection); positions stay. */
  setTheme(theme: ChartTheme): void;
  /**
   * Applies a diff with every new node at a known place (a saved chart being reopened):
   * no layout runs, and the viewport is restored (or fitted when none was saved).
   */
  restore(diff: ChartDiff, placement: ChartPlacement): void;
  viewport(): Viewport;
  /** Where a new free note goes: beside the chart, in chart coordinates. */
  freeSpot(): { x: number; y: number };
  /** Where a node (entity, or a group or note by its element id) is; null when not on the chart. */
  positionOf(id: string): { x: number; y: number } | null;
  positions(): Record<string, { x: number; y: number }>;
  /** Links bent round nodes they do not join: each bent pair's middle control point, by pairKey. */
  bends(): Record<string, { x: number; y: number }>;
  /**
   * What is drawn, as graph-schema/chart/geometry.ts checks it: nodes with their label boxes
   * (as the renderer measures them) and links as lines, bowed or bent as drawn. For tests and diagnostics.
   */
  geometry(): ChartGeometry;
  /** Every label drawn at the current zoom, with the box the renderer measures for it. */
  labels(): DrawnLabel[];
  /** Moves keyboard focus to the chart container. */
  focus(): void;
  destroy(): void;
}
