import { placesFromZod, validationError, type ErrorPlace, type Reason } from './errors';
import { Pattern, type PatternCondition } from './pattern';
import type { SchemaIndex } from './schema';
import type { PropertyDefinition, PropertyKind } from './type-definition';

/**
 * A pattern as a user or a file gives it, checked against the case's types before any store
 * compiles it: unknown types and fields, and values of the wrong kind, are refused with the
 * place named (nodes.0.conditions.1.field), so a pattern never silently matches nothing.
 */
export function checkPattern(input: unknown, index: SchemaIndex): Pattern {
  const parsed = Pattern.safeParse(input);
  if (!parsed.success) throw validationError(placesFromZod(parsed.error));
  const pattern = parsed.data;
  const places: ErrorPlace[] = [];
  const fault = (field: string, message: string, reason: Reason) =>
    places.push({ field, rule: 'pattern', message: `${field}: ${message}`, reason });

  pattern.nodes.forEach((node, i) => {
    node.types.forEach((type, k) => {
      if (!index.entityType(type))
        fault(`nodes.${i}.types.${k}`, `unknown entity type ${type}`, {
          code: 'unknownEntityType',
          params: { type },
        });
    });
    const types = node.types.length > 0 ? node.types : index.schema.entityTypes.map((t) => t.name);
    const props = (name: string) =>
      types.map((t) => index.entityType(t)?.properties.find((p) => p.name === name));
    node.conditions.forEach((c, k) => checkCondition(c, `nodes.${i}.conditions.${k}`, props, fault));
  });
  pattern.edges.forEach((edge, i) => {
    edge.types.forEach((type, k) => {
      if (!index.linkType(type))
        fault(`edges.${i}.types.${k}`, `unknown link type ${type}`, {
          code: 'unknownLinkType',
          params: { type },
        });
    });
    const types = edge.types.length > 0 ? edge.types : index.schema.linkTypes.map((t) => t.name);
    const props = (name: string) =>
      types.map((t) => index.linkType(t)?.properties.find((p) => p.name === name));
    edge.conditions.forEach((c, k) => checkCondition(c, `edges.${i}.conditions.${k}`, props, fault));
  });
  if (places.length > 0) throw validationError(places);
  return pattern;
}

type Fault = (field: string, message: string, reason: Reason) => void;

/** Kinds whose values are stored as text, so contains and in apply. */
const TEXT_KINDS: readonly PropertyKind[] = ['string', 'text', 'enum', 'date'];

function checkCondition(
  condition: PatternCondition,
  at: string,
  props: (name: string) => (PropertyDefinition | undefined)[],
  fault: Fault,
): void {
  if (!('field' in condition) || !condition.field.startsWith('props.')) {
    if (condition.op === 'equals' && typeof condition.value !== 'string')
      fault(`${at}.value`, `${condition.field} holds text`, { code: 'mustBeText' });
    return;
  }
  const name = condition.field.slice('props.'.length);
  const found = props(name).filter((p): p is PropertyDefinition => p !== undefined);
  if (found.length === 0) {
    fault(`${at}.field`, `no type of this box has a property ${name}`, {
      code: 'unknownField',
      params: { type: name },
    });
    return;
  }
  const kinds = new Set(found.map((p) => p.kind));
  if (condition.op === 'equals') {
    const valueKind = typeof condition.value;
    const fits =
      (valueKind === 'number' && kinds.has('number')) ||
      (valueKind === 'boolean' && kinds.has('boolean')) ||
      (valueKind === 'string' && TEXT_KINDS.some((k) => kinds.has(k)));
    if (!fits) {
      const code = kinds.has('number')
        ? 'mustBeNumber'
        : kinds.has('boolean')
          ? 'mustBeBoolean'
          : 'mustBeText';
      fault(`${at}.value`, `${name} holds ${[...kinds].join(' or ')} values`, { code });
    }
  } else if (!TEXT_KINDS.some((k) => kinds.has(k))) {
    fault(
      `${at}.op`,
      `${condition.op} needs a text property; ${name} holds ${[...kinds].join(' or ')} values`,
      {
        code: 'mustBeText',
      },
    );
  }
}
