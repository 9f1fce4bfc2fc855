import { ChartStyle, type ChartStyleInput } from '../../../../graph-schema/chart/style-spec';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { Schema } from '../../../../graph-schema/model/schema';
import { loadSchema } from '../../../../electron/services/schema/load-types';

let cached: Schema | undefined;
export function schema(): Schema {
  cached ??= loadSchema([]);
  return cached;
}

export const style = (input: ChartStyleInput = {}): ChartStyle => ChartStyle.parse(input);

const stamp = {
  notes: '',
  validFrom: null,
  validTo: null,
  reliability: 'F',
  credibility: '6',
  classification: 'UNCLASSIFIED',
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: 'test',
  updatedAt: '2024-01-01T00:00:00.000Z',
  updatedBy: 'test',
} as const;

export function entity(id: string, type = 'Person', over: Partial<Entity> = {}): Entity {
  return { id, type, label: id, aliases: [], confidence: 'confirmed', props: {}, ...stamp, ...over };
}

export function link(id: string, source: string, target: string, over: Partial<Link> = {}): Link {
  return {
    id,
    type: 'ASSOCIATE_OF',
    source,
    target,
    label: 'associate of',
    confidence: 'confirmed',
    props: {},
    ...stamp,
    ...over,
  };
}
