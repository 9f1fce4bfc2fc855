import type { AttrValue } from './schema-map';

/**
 * Values of GraphML <key attr.type> and GEXF <attribute type>. A value that does not fit its
 * declared type is an error naming it; list and date types stay text (nothing in the schema
 * needs them typed, and text loses nothing).
 */

const INTEGER = /^[+-]?\d+$/;
const TRUE = new Set(['true', '1']);
const FALSE = new Set(['false', '0']);

export function parseTyped(type: string, raw: string): { value: AttrValue } | { error: string } {
  const text = raw.trim();
  switch (type.toLowerCase()) {
    case 'int':
    case 'integer':
    case 'long':
    case 'short':
    case 'byte': {
      if (!INTEGER.test(text)) return { error: `"${raw}" is not an integer (declared ${type})` };
      const n = Number(text);
      // A long beyond 2^53 would be silently rounded: keep its digits as text instead.
      return { value: Number.isSafeInteger(n) ? n : text };
    }
    case 'float':
    case 'double':
    case 'bigdecimal': {
      const n = text === '' ? Number.NaN : Number(text);
      if (!Number.isFinite(n)) return { error: `"${raw}" is not a number (declared ${type})` };
      return { value: n };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return { value: true };
      if (FALSE.has(lower)) return { value: false };
      return { error: `"${raw}" is not true or false (declared ${type})` };
    }
    default:
      return { value: raw };
  }
}
