import type { ElementDefinition } from 'cytoscape';
import type { Entity, Link } from '../../../graph-schema/model/records';
import type { Schema } from '../../../graph-schema/model/schema';
import { BULK_CLASS, BULK_DATA } from './looks';
import { CONFIDENCE_LINE_CLASS } from './style';

/** What a chart node carries: enough to style and label it, nothing the store owns. */
export interface NodeData {
  id: string;
  label: string;
  type: string;
  confidence: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  confidence: string;
  directed: boolean;
}

/** Classes the adapter derives from data; others (dimmed, highlighted) belong to highlight(). */
export const DATA_CLASSES = ['directed', 'dashed', 'dotted'] as const;

export function nodeData(entity: Entity): NodeData {
  return { id: entity.id, label: entity.label, type: entity.type, confidence: entity.confidence };
}

export function edgeData(link: Link, directed: boolean): EdgeData {
  return {
    id: link.id,
    source: link.source,
    target: link.target,
    type: link.type,
    label: link.label,
    confidence: link.confidence,
    directed,
  };
}

export function edgeClasses(data: EdgeData): string[] {
  const classes: string[] = [];
  if (data.directed) classes.push('directed');
  const line = CONFIDENCE_LINE_CLASS[data.confidence];
  if (line) classes.push(line);
  return classes;
}

/** Whether each link type draws an arrow; unknown types are drawn undirected. */
export function directedLookup(schema: Schema): (linkType: string) => boolean {
  const directed = new Map(schema.linkTypes.map((t) => [t.name, t.directed]));
  return (linkType) => directed.get(linkType) ?? false;
}

/** `extraClasses`: classes the chart as a whole decides (a big chart's BULK_CLASS), set at birth. */
export function nodeDefinition(
  entity: Entity,
  position?: { x: number; y: number },
  extraClasses: readonly string[] = [],
): ElementDefinition {
  const definition: ElementDefinition = {
    group: 'nodes',
    data: { ...nodeData(entity), ...bulkData(extraClasses) },
  };
  if (position) definition.position = { ...position };
  if (extraClasses.length > 0) definition.classes = [...extraClasses];
  return definition;
}

/** `extraClasses`: classes the chart as a whole decides (a big chart's BULK_CLASS), set at birth. */
export function edgeDefinition(
  link: Link,
  directed: boolean,
  extraClasses: readonly string[] = [],
): ElementDefinition {
  const data = edgeData(link, directed);
  return {
    group: 'edges',
    data: { ...data, ...bulkData(extraClasses) },
    classes: [...edgeClasses(data), ...extraClasses],
  };
}

/** BULK_DATA goes with BULK_CLASS (looks.ts). */
const bulkData = (classes: readonly string[]) => (classes.includes(BULK_CLASS) ? { [BULK_DATA]: true } : {});
