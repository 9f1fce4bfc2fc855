import { isPartialDate } from '../../../../../../graph-schema/model/partial-date';
import type { PropValue } from '../../../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import type { PropertyDefinition } from '../../../../../../graph-schema/model/type-definition';
import { orderedRange } from './dates';

/** A property value converted to what its definition accepts, or undefined when it cannot be. */
function fit(def: PropertyDefinition, value: string | number | boolean): PropValue | undefined {
  switch (def.kind) {
    case 'string':
    case 'text':
      return String(value);
    case 'number': {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      if (typeof value === 'boolean' || !Number.isFinite(n) || String(value).trim() === '') return undefined;
      if ((def.min !== undefined && n < def.min) || (def.max !== undefined && n > def.max)) return undefined;
      return n;
    }
    case 'date':
      return typeof value === 'string' && isPartialDate(value) ? value : undefined;
    case 'enum':
      return typeof value === 'string' && def.options?.includes(value) ? value : undefined;
    case 'boolean':
      if (value === 'true' || value === 'false') return value === 'true';
      return typeof value === 'boolean' ? value : undefined;
  }
}

/**
 * One entity or link being built from a foreign record. Values go to a type property only
 * when the type in force has it and the value fits; anything else becomes a `name: value`
 * notes line, so a value is never dropped and a record never fails on a foreign value.
 */
export class Draft {
  readonly props: Record<string, PropValue> = {};
  readonly aliases: string[] = [];
  private readonly lines: string[] = [];
  private readonly defs: Map<string, PropertyDefinition>;
  private from: string | undefined;
  private to: string | undefined;

  constructor(
    readonly type: string,
    types: SchemaIndex,
    kind: 'entity' | 'link',
  ) {
    const def = kind === 'entity' ? types.entityType(type) : types.linkType(type);
    this.defs = new Map((def?.properties ?? []).map((p) => [p.name, p]));
  }

  has(prop: string): boolean {
    return this.defs.has(prop);
  }

  /** Sets `prop` when it exists, is still empty and the value fits; notes it otherwise. */
  prop(prop: string, value: string | number | boolean, noteName: string = prop): void {
    const def = this.defs.get(prop);
    const fitted = def ? fit(def, value) : undefined;
    if (fitted !== undefined && this.props[prop] === undefined) this.props[prop] = fitted;
    else if (fitted === undefined || this.props[prop] !== fitted) this.note(noteName, value);
  }

  note(name: string, value: string | number | boolean): void {
    const text = String(value).trim();
    if (text !== '') this.lines.push(`${name}: ${text}`);
  }

  /** Free text (an FtM `notes` value, a STIX description) kept as it is. */
  text(value: string): void {
    if (value.trim() !== '') this.lines.push(value.trim());
  }

  alias(name: string): void {
    const clean = name.trim();
    if (clean !== '' && !this.aliases.includes(clean)) this.aliases.push(clean);
  }

  /** The first date for each end wins; a later one is noted under its own name. */
  validFrom(date: string | undefined, noteName: string, raw: string): void {
    if (date !== undefined && this.from === undefined) this.from = date;
    else this.note(noteName, raw);
  }

  validTo(date: string | undefined, noteName: string, raw: string): void {
    if (date !== undefined && this.to === undefined) this.to = date;
    else this.note(noteName, raw);
  }

  /** The input the import engine validates: an EntityInput or LinkInput without ids. */
  input(label: string | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const range = orderedRange(this.from, this.to);
    if (range.dropped !== undefined) this.note('validTo', range.dropped);
    const input: Record<string, unknown> = { type: this.type, ...extra };
    if (label !== undefined) input.label = label;
    const aliases = this.aliases.filter((a) => a !== label);
    if (aliases.length > 0) input.aliases = aliases;
    if (Object.keys(this.props).length > 0) input.props = { ...this.props };
    if (this.lines.length > 0) input.notes = this.lines.join('\n');
    if (range.validFrom !== undefined) input.validFrom = range.validFrom;
    if (range.validTo !== undefined) input.validTo = range.validTo;
    return input;
  }
}
