import type {
  Classification,
  Confidence,
  Credibility,
  Entity,
  Link,
  PropertyDefinition,
  Props,
  Reliability,
  SchemaIndex,
} from '../../../../graph-schema/model';
import type { ItemChange } from '../../stores/commands';
import { propValue } from '../forms/item-draft';

/** One selected record, as the multi-edit panel edits it. */
export type SelectedItem = { kind: 'entity'; record: Entity } | { kind: 'link'; record: Link };

/** The grading fields every entity and link carries. */
export const GRADING_FIELDS = ['confidence', 'reliability', 'credibility', 'classification'] as const;
export type GradingField = (typeof GRADING_FIELDS)[number];

/** A field's value across the selection: the one value they all hold, or mixed. */
export type Shared<T> = { mixed: false; value: T } | { mixed: true };

/** What the analyst changed in the panel; fields left alone are absent and stay as they are. */
export interface MultiEdits {
  confidence?: Confidence;
  reliability?: Reliability;
  credibility?: Credibility;
  classification?: Classification;
  /** Property values as their controls hold them ('' clears the property). */
  props: Record<string, string | boolean>;
}

export const NO_EDITS: MultiEdits = { props: {} };

export function shared<T>(values: readonly T[]): Shared<T> {
  const [first] = values;
  if (values.length === 0 || values.some((v) => v !== values[0])) return { mixed: true };
  return { mixed: false, value: first as T };
}

/** A property's value as a control shows it (numbers as text; absent as ''). */
function shown(props: Props, name: string): string | boolean {
  const value = props[name];
  if (value === undefined) return '';
  return typeof value === 'number' ? String(value) : value;
}

export function sharedProp(items: readonly SelectedItem[], name: string): Shared<string | boolean> {
  return shared(items.map((i) => shown(i.record.props, name)));
}

function sameDef(a: PropertyDefinition, b: PropertyDefinition): boolean {
  return a.kind === b.kind && JSON.stringify(a.options ?? []) === JSON.stringify(b.options ?? []);
}

/**
 * The properties every selected item's type has, by name and kind (enums with the same
 * options): only those can be set on all at once. Entities and links never share a type.
 */
export function commonProperties(items: readonly SelectedItem[], schema: SchemaIndex): PropertyDefinition[] {
  const kinds = new Set(items.map((i) => i.kind));
  if (items.length === 0 || kinds.size > 1) return [];
  const types = [...new Set(items.map((i) => i.record.type))];
  const defsOf = (type: string) =>
    (items[0]?.kind === 'entity' ? schema.entityType(type) : schema.linkType(type))?.properties ?? [];
  const [first, ...rest] = types.map(defsOf);
  return (first ?? []).filter((def) =>
    rest.every((defs) => defs.some((other) => other.name === def.name && sameDef(def, other))),
  );
}

export function editCount(edits: MultiEdits): number {
  return GRADING_FIELDS.filter((f) => edits[f] !== undefined).length + Object.keys(edits.props).length;
}

/**
 * Each item's patch: only the fields the edits change for it, so undo puts back exactly what
 * each item held. Props are sent whole (the store replaces them), with the edited ones set or
 * cleared. Items the edits leave as they are get no change at all.
 */
export function multiChanges(
  items: readonly SelectedItem[],
  edits: MultiEdits,
  defs: readonly PropertyDefinition[],
): ItemChange[] {
  const byName = new Map(defs.map((d) => [d.name, d]));
  const out: ItemChange[] = [];
  for (const item of items) {
    const record = item.record;
    const patch: Partial<Pick<Entity, GradingField>> & { props?: Props } = {};
    for (const field of GRADING_FIELDS) {
      const value = edits[field];
      if (value !== undefined && value !== record[field]) Object.assign(patch, { [field]: value });
    }
    const props: Props = { ...record.props };
    let propsChanged = false;
    for (const [name, value] of Object.entries(edits.props)) {
      if (value === '') {
        if (name in props) {
          delete props[name];
          propsChanged = true;
        }
        continue;
      }
      const next = propValue(byName.get(name), value);
      if (props[name] !== next) {
        props[name] = next;
        propsChanged = true;
      }
    }
    if (propsChanged) patch.props = props;
    if (Object.keys(patch).length === 0) continue;
    out.push(
      item.kind === 'entity'
        ? { kind: 'entity', before: item.record, patch }
        : { kind: 'link', before: item.record, patch },
    );
  }
  return out;
}
