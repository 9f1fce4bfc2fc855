import type { LayoutOptions, Position } from 'cytoscape';
import type { DagreLayoutOptions } from 'cytoscape-dagre';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutName } from './types';

/** Toolbar labels for each layout. */
export const LAYOUT_NAMES: Record<LayoutName, string> = {
  force: 'Force-directed',
  hierarchical: 'Hierarchical',
  circle: 'Circle',
  grid: 'Grid',
};

/** Above this many nodes a layout jumps to its result: animating thousands of nodes stutters. */
export const ANIMATE_MAX_NODES = 300;

export interface LayoutSettings {
  animate: boolean;
  fit: boolean;
  /** Start a force layout from the current positions instead of from scratch. */
  incremental?: boolean;
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
        nodeSep: 40,
        rankSep: 80,
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
    case 'grid':
      return {
        name: 'grid',
        ...common,
        avoidOverlap: true,
        avoidOverlapPadding: 30,
        condense: true,
      };
  }
}

function forceOptions(settings: LayoutSettings): FcoseLayoutOptions {
  return {
    name: 'fcose',
    animate: settings.animate,
    animationDuration: 300,
    fit: settings.fit,
    padding: 40,
    // fcose only starts from the current positions at 'proof' quality.
    quality: settings.incremental ? 'proof' : 'default',
    randomize: !settings.incremental,
    nodeRepulsion: 6500,
    idealEdgeLength: 90,
    nodeSeparation: 80,
    edgeElasticity: 0.45,
    numIter: 2500,
  };
}

/**
 * A short force pass over new nodes and the placed nodes they hang off; the placed ones
 * are pinned, so only the newcomers move and the rest of the chart keeps its shape.
 */
export function localForceOptions(pinned: { nodeId: string; position: Position }[]): LayoutOptions {
  const options: FcoseLayoutOptions = {
    ...forceOptions({ animate: false, fit: false, incremental: true }),
    numIter: 600,
    fixedNodeConstraint: pinned,
  };
  return options;
}
