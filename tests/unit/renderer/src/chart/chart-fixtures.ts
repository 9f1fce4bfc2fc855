import type { Entity, Link } from '../../../../../graph-schema/model/records';
import type { Schema } from '../../../../../graph-schema/model/schema';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import type { ChartDiff } from '../../../../../renderer/src/chart/types';

let cached: Schema | undefined;
/** The built-in types, read from graph-schema/types as the app does. */
export function builtinSchema(): Schema {
  cached ??= loadSchema([]);
  return cached;
}

const stamp = {
  notes: '',
  validFrom: null,
  validTo: null,
  reliability: 'F',
  credibility: '6',
  classification: 'UNCLASSIFIED',
  props: {},
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: 'test',
  updatedAt: '2024-01-01T00:00:00.000Z',
  updatedBy: 'test',
} as const;

export function entity(id: string, type = 'Person', over: Partial<Entity> = {}): Entity {
  return { id, type, label: `Label ${id}`, aliases: [], confidence: 'confirmed', ...stamp, ...over };
}

export function link(
  id: string,
  source: string,
  target: string,
  type = 'ASSOCIATE_OF',
  over: Partial<Link> = {},
): Link {
  return { id, type, source, target, label: type.toLowerCase(), confidence: 'confirmed', ...stamp, ...over };
}

export function emptyDiff(): ChartDiff {
  return {
    addEntities: [],
    updateEntities: [],
    removeEntityIds: [],
    addLinks: [],
    updateLinks: [],
    removeLinkIds: [],
  };
}

export function adding(entities: Entity[], links: Link[] = []): ChartDiff {
  return { ...emptyDiff(), addEntities: entities, addLinks: links };
}
