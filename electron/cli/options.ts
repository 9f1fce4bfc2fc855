import { InvalidArgumentError } from 'commander';
import type { SchemaIndex } from '../../graph-schema/model/schema';
import { PlexusError } from '../../graph-schema/model/errors';

/** Option parsers: bad option values are usage errors (exit 2), reported by commander. */

export function integer(value: string): number {
  const n = Number(value);
  if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n)) {
    throw new InvalidArgumentError('expected a whole number.');
  }
  return n;
}

/** A whole number within bounds, checked before any case is opened. */
export function integerIn(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const n = integer(value);
    if (n < min || n > max) {
      throw new InvalidArgumentError(
        max === Number.MAX_SAFE_INTEGER ? `expected at least ${min}.` : `expected ${min} to ${max}.`,
      );
    }
    return n;
  };
}

/** Repeatable options (`--prop a=1 --prop b=2`) collect into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** A comma-separated list: `--types Person,Company`. */
export function commaList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== ''),
  ];
}

/** Type names given on the command line must exist, or the filter would silently match nothing. */
export function checkTypes(
  schema: SchemaIndex,
  kind: 'entity' | 'link',
  option: string,
  names: readonly string[] | undefined,
): string[] | undefined {
  if (!names || names.length === 0) return undefined;
  for (const name of names) {
    const known = kind === 'entity' ? schema.entityType(name) : schema.linkType(name);
    if (!known) {
      const all = (kind === 'entity' ? schema.schema.entityTypes : schema.schema.linkTypes).map(
        (t) => t.name,
      );
      throw new PlexusError(
        'VALIDATION',
        `${option}: unknown ${kind} type ${name} (known: ${all.join(', ')})`,
        [{ field: option, rule: 'unknown', message: `unknown ${kind} type ${name}` }],
      );
    }
  }
  return [...names];
}
