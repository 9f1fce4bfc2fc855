import type { LayoutOptions, NodeCollection, NodeSingular, Position, PresetLayoutOptions } from 'cytoscape';
import type { DagreLayoutOptions } from 'cytoscape-dagre';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { concentricPositions } from './concentric';
import { gridPositions } from './grid';
import type { LayoutName } from './types';

/** Toolbar labels for each layout. */
export const LAYOUT_NAMES: Record<LayoutName, string> = {
  force: 'Force-directed',
  hierarchical: 'Hierarchical',
  circle: 'Circle',
  concentric: 'Concentric (by degree)',
  grid: 'Grid',
};

/**
 * Above this many nodes the force layout runs at fcose's draft quality (spectral): the full
 * quality forces at least 5 iterations per node (layout-base's initSpringEmbedder), which
 * took a minute for 5,000 nodes on a 2-core machine; the draft takes about one second.
 */
export const FORCE_DRAFT_MIN_NODES = 1500;

/** Above this many nodes a layout jumps to its result: animating thousands of nodes stutters. */
export const ANIMATE_MAX_NODES = 300;

export interface LayoutSettings {
  animate: boolean;
  fit: boolean;
  /** Start a force layout from the current positions instead of from scratch. */
  incremental?: boolean;
  /** Pinned nodes in the layout, at their places: fcose arranges the rest around them. */
  fixed?: { nodeId: string; position: Position }[];
  /** Force layout at fcose's draft quality (see FORCE_DRAFT_MIN_NODES). */
  draft?: boolean;
  /** For concentric: each node's value (higher is nearer the centre); default its degree. */
  measure?: (node: NodeSingular) => number;
  /** For concentric and grid: the nodes they arrange (their places are computed up front). */
  nodes?: NodeCollection;
}

/** Options for each named layout: fcose for force-directed, dagre top-down for hierarchical. */
export function layoutOptions(name: LayoutName, settings: LayoutSettings): LayoutOptions {
  const common = {
    animate: settings.animate,
    animationDuration: 300,
    fit: settings.fit,
    padding: 40,
  };
  switch (name) {
    case 'force':
      return forceOptions(settings);
    case 'hierarchical': {
      const dagre: DagreLayoutOptions = {
        name: 'dagre',
        ...common,
        rankDir: 'TB',
        // Each node as wide as its label and as tall as node and label together: a rank's
        // names never overprint each other or the rank below.
        nodeDimensionsIncludeLabels: true,
        nodeSep: 36,
        rankSep: 70,
        edgeSep: 12,
      };
      return dagre;
    }
    case 'circle':
      return {
        name: 'circle',
        ...common,
        avoidOverlap: true,
        spacingFactor: 1.1,
      };
    case 'concentric':
      return concentricOptions(settings, common);
    case 'grid':
      return presetOptions(settings.nodes ? gridPositions(settings.nodes) : new Map(), common);
  }
}

interface CommonOptions {
  animate: boolean;
  animationDuration: number;
  fit: boolean;
  padding: number;
}

function concentricOptions(settings: LayoutSettings, common: CommonOptions): PresetLayoutOptions {
  const measure = settings.measure ?? ((node: NodeSingular) => node.degree(false));
  return presetOptions(settings.nodes ? concentricPositions(settings.nodes, measure) : new Map(), common);
}

/** Places computed here, moved to (animated when the chart is small) by Cytoscape's preset layout. */
function presetOptions(places: Map<string, Position>, common: CommonOptions): PresetLayoutOptions {
  return {
    name: 'preset',
    ...common,
    // Nodes not in the map (none but an open group's box) keep their place.
    positions: Object.fromEntries(places),
  };
}

/** The force layout's options; the layout worker runs the same ones off the main thread. */
export function forceOptions(settings: LayoutSettings): FcoseLayoutOptions {
  const fixed = settings.fixed && settings.fixed.length > 0 ? settings.fixed : undefined;
  return {
    name: 'fcose',
    animate: settings.animate,
    animationDuration: 300,
    fit: settings.fit,
    padding: 40,
    // fcose only starts from the current positions at 'proof' quality.
    quality: settings.draft ? 'draft' : settings.incremental ? 'proof' : 'default',
    randomize: !settings.incremental,
    // Room for names: a node is as wide as its label (where a renderer measures one), so the
    // tidy pass afterwards (tidy.ts) has little left to untangle.
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: 6500,
    idealEdgeLength: 90,
    nodeSeparation: 80,
    edgeElasticity: 0.45,
    numIter: 2500,
    ...(fixed ? { fixedNodeConstraint: fixed } : {}),
  };
}
