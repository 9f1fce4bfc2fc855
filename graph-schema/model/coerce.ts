import { validationError } from './errors';
import { CLASSIFICATIONS, CONFIDENCE_LEVELS, CREDIBILITY_GRADES, RELIABILITY_GRADES } from './grading';
import type { PropValue, Props } from './records';
import type { SchemaIndex } from './schema';
import type { PropertyDefinition } from './type-definition';

/**
 * Text from a command line or a CSV cell becomes typed input fields. Coercion only converts
 * what is unambiguous: a value it cannot convert is passed on as text, so the store's
 * validation (validate.ts) names the field and the rule in its usual words.
 */

export type ItemKind = 'entity' | 'link';

/** Input fields ready for prepareEntity/prepareLink (apart from type, label and ends). */
export interface CoercedFields {
  [field: string]: unknown;
  props: Props;
}

const ALIAS_SEPARATOR = ';';

/** Splits `key=value` at the first '='; the value may itself hold '='. */
export function parseKeyValue(text: string): [string, string] {
  const at = text.indexOf('=');
  const key = at < 0 ? '' : text.slice(0, at).trim();
  if (key === '') {
    throw validationError([
      {
        field: 'prop',
        rule: 'format',
        message: `prop: expected key=value (got "${text}")`,
        reason: { code: 'propFormat', params: { text } },
      },
    ]);
  }
  return [key, text.slice(at + 1)];
}

function matchOption(options: readonly string[], value: string): string {
  const lower = value.toLowerCase();
  return options.find((o) => o.toLowerCase() === lower) ?? value;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/** Converts one property value by its kind; text stays text where conversion is not clear. */
export function coercePropValue(def: PropertyDefinition | undefined, raw: string): PropValue {
  const value = def?.kind === 'text' ? raw : raw.trim();
  switch (def?.kind) {
    case 'number': {
      const n = value === '' ? Number.NaN : Number(value);
      return Number.isFinite(n) ? n : value;
    }
    case 'boolean': {
      const lower = value.toLowerCase();
      if (TRUE_WORDS.has(lower)) return true;
      if (FALSE_WORDS.has(lower)) return false;
      return value;
    }
    case 'enum':
      return matchOption(def.options ?? [], value);
    default:
      return value;
  }
}

const NULLABLE_DATES = new Set(['validFrom', 'validTo']);
const ENUM_FIELDS: Record<string, readonly string[]> = {
  confidence: CONFIDENCE_LEVELS,
  reliability: RELIABILITY_GRADES,
  credibility: CREDIBILITY_GRADES,
  classification: CLASSIFICATIONS,
};

function commonField(kind: ItemKind, key: string, raw: string): [string, unknown] | undefined {
  if (key === 'notes') return [key, raw];
  if (NULLABLE_DATES.has(key)) return [key, raw.trim() === '' ? null : raw.trim()];
  const options = ENUM_FIELDS[key];
  if (options) return [key, matchOption(options, raw.trim())];
  if (key === 'label' && kind === 'link') return [key, raw];
  if (key === 'aliases' && kind === 'entity') {
    return [
      key,
      raw
        .split(ALIAS_SEPARATOR)
        .map((a) => a.trim())
        .filter((a) => a !== ''),
    ];
  }
  return undefined;
}

/**
 * Turns `key=value` pairs into input fields for an entity or link of `typeName`. Common
 * fields (notes, validFrom, confidence, aliases as a ;-list...) go to the top level; the
 * type's properties (also written `props.name`) are converted by their kind; unknown keys
 * land in props as text, where validation reports them as unknown fields of the type.
 */
export function coerceFields(
  index: SchemaIndex,
  kind: ItemKind,
  typeName: string,
  pairs: Iterable<readonly [string, string]>,
): CoercedFields {
  const type = kind === 'entity' ? index.entityType(typeName) : index.linkType(typeName);
  const defs = new Map((type?.properties ?? []).map((p) => [p.name, p]));
  const out: CoercedFields = { props: {} };
  for (const [key, raw] of pairs) {
    const explicitProp = key.startsWith('props.');
    const common = explicitProp ? undefined : commonField(kind, key, raw);
    if (common) {
      out[common[0]] = common[1];
      continue;
    }
    const name = explicitProp ? key.slice('props.'.length) : key;
    out.props[name] = coercePropValue(defs.get(name), raw);
  }
  return out;
}

/** Convenience for command-line options: a list of `key=value` strings. */
export function coerceKeyValues(
  index: SchemaIndex,
  kind: ItemKind,
  typeName: string,
  texts: readonly string[],
): CoercedFields {
  return coerceFields(index, kind, typeName, texts.map(parseKeyValue));
}
