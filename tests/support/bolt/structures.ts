/**
 * Builders for the graph and temporal structures a scripted reply can hold, in their Bolt 5
 * shapes (element ids next to the legacy integer ids; DateTime in UTC seconds).
 */
import { Structure, type PackValue } from './packstream';

type Props = { [key: string]: PackValue };

export interface NodeSpec {
  id: number;
  labels: string[];
  properties?: Props;
  /** Defaults to a string of `id`, as Neo4j 5 uses opaque strings here. */
  elementId?: string;
}

export function node({ id, labels, properties = {}, elementId }: NodeSpec): Structure {
  return new Structure(0x4e, [id, labels, properties, elementId ?? `4:plexus:${id}`]);
}

export interface RelationshipSpec {
  id: number;
  start: number;
  end: number;
  type: string;
  properties?: Props;
  elementId?: string;
}

export function relationship({
  id,
  start,
  end,
  type,
  properties = {},
  elementId,
}: RelationshipSpec): Structure {
  return new Structure(0x52, [
    id,
    start,
    end,
    type,
    properties,
    elementId ?? `5:plexus:${id}`,
    `4:plexus:${start}`,
    `4:plexus:${end}`,
  ]);
}

/**
 * A path as Bolt sends it: distinct nodes, distinct unbound relationships, and an index
 * sequence alternating relationship (1-based, negative when walked backwards) and node.
 * Built here from an ordered walk so tests need not hand-write the index sequence.
 */
export function path(nodes: NodeSpec[], relationships: RelationshipSpec[]): Structure {
  const indices: number[] = [];
  relationships.forEach((rel, i) => {
    const from = nodes[i];
    const forward = from !== undefined && rel.start === from.id;
    indices.push(forward ? i + 1 : -(i + 1), i + 1);
  });
  const unbound = relationships.map(
    (rel) =>
      new Structure(0x72, [rel.id, rel.type, rel.properties ?? {}, rel.elementId ?? `5:plexus:${rel.id}`]),
  );
  return new Structure(0x50, [nodes.map(node), unbound, indices]);
}

const DAY_MS = 86_400_000;

/** A Cypher DATE from 'YYYY-MM-DD'. */
export function date(iso: string): Structure {
  return new Structure(0x44, [Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)]);
}

/** A Cypher DATETIME with an offset, from an ISO instant; Bolt 5 sends UTC seconds + offset. */
export function dateTime(iso: string, offsetSeconds = 0): Structure {
  const ms = Date.parse(iso);
  const seconds = Math.floor(ms / 1000);
  const nanos = (ms - seconds * 1000) * 1_000_000;
  return new Structure(0x49, [seconds, nanos, offsetSeconds]);
}

/** A Cypher LOCALDATETIME from 'YYYY-MM-DDTHH:MM:SS'. */
export function localDateTime(iso: string): Structure {
  const ms = Date.parse(`${iso}Z`);
  const seconds = Math.floor(ms / 1000);
  return new Structure(0x64, [seconds, (ms - seconds * 1000) * 1_000_000]);
}

export function duration(months: number, days: number, seconds: number, nanos = 0): Structure {
  return new Structure(0x45, [months, days, seconds, nanos]);
}
