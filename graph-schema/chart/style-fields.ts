import { commonFieldLabel } from '../model/field-labels';
import {
  CLASSIFICATIONS,
  CONFIDENCE_LEVELS,
  confidenceLabel,
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
  type Confidence,
} from '../model/grading';
import { formatGrade, meetsGrade, parseGrade } from '../model/grade-order';
import type { Entity, Link } from '../model/records';
import type { Schema } from '../model/schema';
import {
  optionLabelOf,
  wordIn,
  type PropertyDefinition,
  type SchemaLanguage,
} from '../model/type-definition';
import type { ChartMeasures } from '../analysis/chart-measures';
import { exportWords, say } from './export-words';
import type { Condition, FieldRef } from './style-spec';

/** What a rule reads from an item: missing is undefined, never an empty placeholder. */
export type FieldValue = string | number | boolean | undefined;

const COMMON_LABELS: Record<string, string> = {
  type: 'Type',
  label: 'Label',
  confidence: 'Confidence',
  reliability: 'Reliability',
  credibility: 'Credibility',
  grade: 'Grade',
  classification: 'Classification',
  'measure.degree': 'Degree',
  'measure.betweenness': 'Betweenness',
  'measure.analysis': 'Analysis score',
  'measure.community': 'Community',
};

const MEASURE_WORDS: Record<string, { ja: string }> = {
  'measure.degree': { ja: '次数' },
  'measure.betweenness': { ja: '媒介中心性' },
  'measure.analysis': { ja: '分析スコア' },
  'measure.community': { ja: 'コミュニティ' },
};

/** Fixed orders for graded fields, so colours and the legend follow the grading, not the alphabet. */
const GRADED_ORDERS: Record<string, readonly string[]> = {
  confidence: CONFIDENCE_LEVELS,
  reliability: RELIABILITY_GRADES,
  credibility: CREDIBILITY_GRADES,
  classification: CLASSIFICATIONS,
};

export function readField(item: Entity | Link, field: FieldRef, measures?: ChartMeasures): FieldValue {
  if (field.startsWith('props.')) {
    const key = field.slice('props.'.length);
    return Object.hasOwn(item.props, key) ? item.props[key] : undefined;
  }
  if (field === 'measure.degree') return measures?.degree.get(item.id);
  if (field === 'measure.betweenness') return measures?.betweenness.get(item.id);
  if (field === 'measure.analysis') return measures?.analysis.get(item.id);
  if (field === 'measure.community') return measures?.community.get(item.id);
  switch (field) {
    case 'type':
      return item.type;
    case 'label':
      return item.label;
    case 'confidence':
      return item.confidence;
    case 'reliability':
      return item.reliability;
    case 'credibility':
      return item.credibility;
    case 'grade':
      return formatGrade(item);
    case 'classification':
      return item.classification;
  }
  return undefined;
}

/**
 * A value as a number: amounts typed as text ("12,500", "1 200") count too, since imports
 * and older cases hold numbers as strings.
 */
export function numeric(value: FieldValue | Condition['value']): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(/[\s,_]/g, '');
  if (cleaned === '') return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

/** The item's grade and the condition's, when both are Admiralty grades ("B2"). */
function gradesOf(value: FieldValue, wanted: Condition['value']) {
  if (typeof value !== 'string' || typeof wanted !== 'string') return undefined;
  const item = parseGrade(value);
  const limit = parseGrade(wanted);
  return item && limit ? ([item, limit] as const) : undefined;
}

/** Case- and space-insensitive: analysts type "cn" for a field that holds "CN". */
function same(value: FieldValue, wanted: string | number): boolean {
  if (value === undefined) return false;
  if (typeof wanted === 'number') return numeric(value) === wanted;
  return String(value).trim().toLowerCase() === wanted.trim().toLowerCase();
}

export function matches(condition: Condition, value: FieldValue): boolean {
  const wanted = condition.value;
  switch (condition.op) {
    case 'exists':
      return value !== undefined && value !== '';
    case 'is':
      if (Array.isArray(wanted)) return wanted.some((w) => same(value, w));
      return wanted !== undefined && same(value, wanted);
    case 'isNot':
      if (Array.isArray(wanted)) return !wanted.some((w) => same(value, w));
      return wanted === undefined || !same(value, wanted);
    case 'in': {
      const list = Array.isArray(wanted) ? wanted : wanted === undefined ? [] : [wanted];
      return list.some((w) => same(value, w));
    }
    case 'atLeast':
    case 'atMost': {
      const grades = gradesOf(value, wanted);
      // Grades compare on both halves: at least B2 is "B2 or better", at most B2 "B2 or worse".
      if (grades)
        return condition.op === 'atLeast' ? meetsGrade(...grades) : meetsGrade(grades[1], grades[0]);
      const v = numeric(value);
      const limit = numeric(Array.isArray(wanted) ? undefined : wanted);
      if (v === undefined || limit === undefined) return false;
      return condition.op === 'atLeast' ? v >= limit : v <= limit;
    }
  }
}

/** The property definition a `props.NAME` field names, from entity types first, then link types. */
export function propertyOf(schema: Schema, field: FieldRef): PropertyDefinition | undefined {
  if (!field.startsWith('props.')) return undefined;
  const name = field.slice('props.'.length);
  for (const type of [...schema.entityTypes, ...schema.linkTypes]) {
    const found = type.properties.find((p) => p.name === name);
    if (found) return found;
  }
  return undefined;
}

export function fieldLabel(schema: Schema, field: FieldRef, language: SchemaLanguage = 'en'): string {
  const common = COMMON_LABELS[field];
  if (common !== undefined)
    return field.startsWith('measure.')
      ? wordIn(common, MEASURE_WORDS[field], language)
      : commonFieldLabel(field, language);
  const property = propertyOf(schema, field);
  return property ? wordIn(property.label, property.labels, language) : field.replace(/^props\./, '');
}

/** A value as the legend prints it: type names become their labels, numbers get separators. */
export function valueLabel(
  schema: Schema,
  field: FieldRef,
  value: FieldValue | string | number,
  language: SchemaLanguage = 'en',
): string {
  if (value === undefined) return exportWords(language).noValue;
  if (field === 'type') {
    const type =
      schema.entityTypes.find((t) => t.name === value) ?? schema.linkTypes.find((t) => t.name === value);
    return type ? wordIn(type.label, type.labels, language) : String(value);
  }
  if (typeof value === 'number') return formatNumber(value);
  if (field === 'confidence' && (CONFIDENCE_LEVELS as readonly string[]).includes(String(value)))
    return confidenceLabel(String(value) as Confidence, language);
  const property = propertyOf(schema, field);
  return property ? optionLabelOf(property, String(value), language) : String(value);
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: Math.abs(n) < 10 ? 2 : 0 });
}

/**
 * "Nationality is CN", "Amount at least 10,000" (「国籍：中国」): the legend's text for a rule
 * with no label, in the export's or the UI's language.
 */
export function describeCondition(
  schema: Schema,
  condition: Condition,
  language: SchemaLanguage = 'en',
): string {
  const words = exportWords(language);
  const field = fieldLabel(schema, condition.field, language);
  const v = condition.value;
  const one = (x: string | number) => valueLabel(schema, condition.field, x, language);
  const list = (xs: readonly (string | number)[]) =>
    xs.length <= 1
      ? xs.map(one).join('')
      : say(words.list.or, {
          list: xs.slice(0, -1).map(one).join(words.list.separator),
          last: one(xs[xs.length - 1] ?? ''),
        });
  const value = v === undefined ? '' : Array.isArray(v) ? list(v) : one(v);
  const op = condition.op === 'in' ? 'is' : condition.op;
  return say(words.condition[op], { field, value });
}

/**
 * Distinct values in a stable order: graded fields by their grade, types and enum options
 * as the schema lists them, numbers ascending, the rest alphabetically.
 */
export function orderValues(schema: Schema, field: FieldRef, values: Iterable<string | number | boolean>) {
  const distinct = [...new Set(values)];
  const fixed =
    GRADED_ORDERS[field] ??
    (field === 'type' ? schema.entityTypes.map((t) => t.name) : propertyOf(schema, field)?.options);
  const rank = (v: string | number | boolean) => {
    const i = fixed ? fixed.indexOf(String(v)) : -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return distinct.sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b));
  });
}
