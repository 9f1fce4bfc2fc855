import { fieldLabel } from '../../../../graph-schema/chart/style-fields';
import type { FieldRef } from '../../../../graph-schema/chart/style-spec';
import { formatGrade } from '../../../../graph-schema/model/grade-order';
import { CREDIBILITY_GRADES, RELIABILITY_GRADES } from '../../../../graph-schema/model/grading';
import type { Schema } from '../../../../graph-schema/model/schema';
import type { PropertyKind } from '../../../../graph-schema/model/type-definition';
import { i18n } from '../../i18n';
import { compareNames } from '../../i18n/format';

export interface FieldOption {
  value: FieldRef;
  label: string;
}

const COMMON: FieldRef[] = [
  'type',
  'label',
  'confidence',
  'reliability',
  'credibility',
  'grade',
  'classification',
];
const MEASURES: FieldRef[] = ['measure.degree', 'measure.betweenness'];

/**
 * Each property name once (two types may share a name: one field). Different fields with one
 * label (six types call theirs "Kind") say whose they are: "Kind (Asset)".
 */
function props(schema: Schema, of: 'entity' | 'link', kinds?: readonly PropertyKind[]): FieldOption[] {
  const types = of === 'entity' ? schema.entityTypes : schema.linkTypes;
  const seen = new Map<string, { value: FieldRef; label: string; types: string[] }>();
  for (const type of types) {
    for (const p of type.properties) {
      if (kinds && !kinds.includes(p.kind)) continue;
      const value = `props.${p.name}` as FieldRef;
      const known = seen.get(value);
      if (known) known.types.push(type.label);
      else seen.set(value, { value, label: p.label, types: [type.label] });
    }
  }
  const fields = [...seen.values()];
  const sameLabel = (label: string) => fields.filter((f) => f.label === label).length > 1;
  return fields
    .map(({ value, label, types: owners }) => ({
      value,
      label: sameLabel(label)
        ? i18n.t('chartStyle:field.qualified', {
            field: label,
            types: owners.join(i18n.t('chartStyle:field.typeSeparator')),
          })
        : label,
    }))
    .sort((a, b) => compareNames(a.label, b.label));
}

/** The common fields and measures in the UI's language (chartStyle:field); the rest as the schema names them. */
const named = (schema: Schema, fields: FieldRef[]): FieldOption[] =>
  fields.map((value) => ({
    value,
    label: i18n.t(`chartStyle:field.${value}`, { defaultValue: fieldLabel(schema, value) }),
  }));

/** Fields a rule or "colour by" can read: common fields, the type's properties, measures for entities. */
export function fieldOptions(schema: Schema, of: 'entity' | 'link'): FieldOption[] {
  return [
    ...named(schema, COMMON),
    ...props(schema, of, ['string', 'enum', 'number', 'boolean', 'date']),
    ...(of === 'entity' ? named(schema, MEASURES) : []),
  ];
}

/** Fields with numbers: size by, width by. */
export function numericOptions(schema: Schema, of: 'entity' | 'link'): FieldOption[] {
  return [...props(schema, of, ['number']), ...(of === 'entity' ? named(schema, MEASURES) : [])];
}

/** Values to offer for a field: grades, types and enum options; free text otherwise. */
export function knownValues(schema: Schema, field: FieldRef, of: 'entity' | 'link'): string[] | null {
  if (field === 'type') return (of === 'entity' ? schema.entityTypes : schema.linkTypes).map((t) => t.name);
  if (field === 'confidence') return ['confirmed', 'probable', 'possible', 'doubtful'];
  if (field === 'reliability') return ['A', 'B', 'C', 'D', 'E', 'F'];
  if (field === 'credibility') return ['1', '2', '3', '4', '5', '6'];
  if (field === 'grade')
    return RELIABILITY_GRADES.flatMap((r) =>
      CREDIBILITY_GRADES.map((c) => formatGrade({ reliability: r, credibility: c })),
    );
  if (field === 'classification')
    return ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'];
  if (field.startsWith('props.')) {
    const name = field.slice('props.'.length);
    for (const type of of === 'entity' ? schema.entityTypes : schema.linkTypes) {
      const options = type.properties.find((p) => p.name === name)?.options;
      if (options) return options;
    }
  }
  return null;
}

export function isNumericField(schema: Schema, field: FieldRef): boolean {
  if (field.startsWith('measure.')) return true;
  const name = field.slice('props.'.length);
  return [...schema.entityTypes, ...schema.linkTypes].some((t) =>
    t.properties.some((p) => p.name === name && p.kind === 'number'),
  );
}
