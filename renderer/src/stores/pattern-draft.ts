import type { Pattern, PatternCondition, PatternInput } from '../../../graph-schema/model/pattern';
import { DATE_FIELDS, PATTERN_MAX_HOPS, TEXT_FIELDS } from '../../../graph-schema/model/pattern';
import type { SchemaIndex } from '../../../graph-schema/model/schema';
import type { PropertyKind } from '../../../graph-schema/model/type-definition';

/**
 * The builder's working copy of a pattern: what its fields hold, as text. It becomes a
 * pattern (graph-schema/model/pattern) when run or saved, each value in the kind its field
 * stores, and a saved pattern becomes a draft again when loaded.
 */
export type DraftOp = 'equals' | 'contains' | 'in' | 'range';

export interface DraftCondition {
  field: string;
  op: DraftOp;
  /** range: "2019..2021-06"; in: values separated by commas. */
  value: string;
}

export interface DraftBox {
  /** An entity type name, or '' for any type. */
  type: string;
  match: 'all' | 'any';
  conditions: DraftCondition[];
}

export interface DraftArrow {
  /** A link type name, or '' for any type. */
  type: string;
  direction: 'out' | 'in' | 'both';
  minHops: number;
  maxHops: number;
  /** Least grade of every link walked, as "B2", or '' for any. */
  minGrade: string;
}

export interface Draft {
  boxes: DraftBox[];
  arrows: DraftArrow[];
  limit: number;
}

export const HOP_CHOICES = Array.from({ length: PATTERN_MAX_HOPS }, (_, i) => i + 1);
export const GRADE_CHOICES = ['', 'A1', 'B2', 'C3', 'D4'] as const;

export function emptyBox(): DraftBox {
  return { type: '', match: 'all', conditions: [] };
}

export function emptyArrow(): DraftArrow {
  return { type: '', direction: 'out', minHops: 1, maxHops: 1, minGrade: '' };
}

export function startingDraft(): Draft {
  return { boxes: [emptyBox(), emptyBox()], arrows: [emptyArrow()], limit: 500 };
}

/** The kind a field's values are stored in, for the box's type (any type: the first that has it). */
export function fieldKind(field: string, type: string, index: SchemaIndex): PropertyKind | 'date' | 'text' {
  if ((DATE_FIELDS as readonly string[]).includes(field)) return 'date';
  if ((TEXT_FIELDS as readonly string[]).includes(field)) return 'text';
  const name = field.slice('props.'.length);
  const types = type ? [type] : index.schema.entityTypes.map((t) => t.name);
  for (const t of types) {
    const prop = index.entityType(t)?.properties.find((p) => p.name === name);
    if (prop) return prop.kind;
  }
  return 'string';
}

/** The fields a box's conditions may test: common ones, then its type's properties. */
export function boxFields(type: string, index: SchemaIndex): string[] {
  const types = type ? [type] : index.schema.entityTypes.map((t) => t.name);
  const props = new Set<string>();
  for (const t of types) for (const p of index.entityType(t)?.properties ?? []) props.add(`props.${p.name}`);
  return [...TEXT_FIELDS, ...DATE_FIELDS, ...props];
}

/** The tests a field allows: dates a range, numbers and yes/no an exact value, text all three. */
export function fieldOps(kind: ReturnType<typeof fieldKind>): DraftOp[] {
  if (kind === 'date' || kind === 'number' || kind === 'boolean')
    return kind === 'date' ? ['range'] : ['equals'];
  return ['equals', 'contains', 'in'];
}

function condition(c: DraftCondition, type: string, index: SchemaIndex): PatternCondition {
  const kind = fieldKind(c.field, type, index);
  const text = c.value.trim();
  if (c.op === 'range') {
    const [min = '', max = ''] = text.split('..').map((s) => s.trim());
    return { field: c.field as 'validFrom', op: 'range', ...(min ? { min } : {}), ...(max ? { max } : {}) };
  }
  if (c.op === 'in')
    return {
      field: c.field,
      op: 'in',
      // Japanese input methods type 、 or ， between items as readily as a comma.
      values: text
        .split(/[,、，]/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
  if (c.op === 'contains') return { field: c.field, op: 'contains', value: text };
  if (kind === 'number' && text !== '' && Number.isFinite(Number(text)))
    return { field: c.field, op: 'equals', value: Number(text) };
  if (kind === 'boolean' && (text === 'true' || text === 'false'))
    return { field: c.field, op: 'equals', value: text === 'true' };
  return { field: c.field, op: 'equals', value: text };
}

export function toPattern(draft: Draft, index: SchemaIndex): PatternInput {
  return {
    nodes: draft.boxes.map((box) => ({
      types: box.type ? [box.type] : [],
      match: box.match,
      conditions: box.conditions.map((c) => condition(c, box.type, index)),
    })),
    edges: draft.arrows.map((arrow) => ({
      types: arrow.type ? [arrow.type] : [],
      direction: arrow.direction,
      minHops: arrow.minHops,
      maxHops: arrow.maxHops,
      conditions: arrow.minGrade
        ? [
            {
              op: 'minGrade' as const,
              reliability: arrow.minGrade[0] as 'A',
              credibility: arrow.minGrade[1] as '1',
            },
          ]
        : [],
    })),
    limit: draft.limit,
  };
}

function draftCondition(c: PatternCondition): DraftCondition | null {
  switch (c.op) {
    case 'equals':
    case 'contains':
      return { field: c.field, op: c.op, value: String(c.value) };
    case 'in':
      return { field: c.field, op: 'in', value: c.values.join(', ') };
    case 'range':
      return { field: c.field, op: 'range', value: `${c.min ?? ''}..${c.max ?? ''}` };
    default:
      return null;
  }
}

/** A saved pattern in the builder. Only what the builder can show is kept: the first type of several. */
export function fromPattern(pattern: Pattern): Draft {
  return {
    boxes: pattern.nodes.map((node) => ({
      type: node.types[0] ?? '',
      match: node.match,
      conditions: node.conditions.map(draftCondition).filter((c): c is DraftCondition => c !== null),
    })),
    arrows: pattern.edges.map((edge) => {
      const grade = edge.conditions.find((c) => c.op === 'minGrade');
      return {
        type: edge.types[0] ?? '',
        direction: edge.direction,
        minHops: edge.minHops,
        maxHops: edge.maxHops,
        minGrade: grade ? `${grade.reliability}${grade.credibility}` : '',
      };
    }),
    limit: pattern.limit,
  };
}
