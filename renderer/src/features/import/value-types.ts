import type {
  ColumnOrFixed,
  ImportPreview,
  MappingDraft,
  TypeColumn,
} from '../../../../graph-schema/contract';
import {
  GENERIC_LINK_TYPE,
  cleanText,
  guessType,
  typeWords,
  type Schema,
  type SchemaIndex,
} from '../../../../graph-schema/model';
import { fixedType, type FieldGroup } from './mapping-edit';

/**
 * A type read from a column, word by word: which type each of the column's words becomes,
 * as the import will decide it. A word the analyst chose is in the mapping's `values`; any
 * other word the import matches by name (typeWords), else it takes the fallback (links: the
 * generic LINKED_TO, the word kept as Type in file). `values` holds only the words whose
 * choice differs from that, so the template says what the analyst decided and no more.
 */

export type TypeKind = 'entity' | 'link';

/** One word of the column and the type it becomes; `type` '' means the row is rejected. */
export interface ValueRow {
  word: string;
  type: string;
  /** Chosen in the mapping, matched by name on import, or the fallback. */
  how: 'chosen' | 'name' | 'other';
}

export interface TypeChoice {
  name: string;
  label: string;
}

/** The key the import looks a word up by (table-context.ts wordKey). */
const wordKey = (text: string) => cleanText(text).toLowerCase();

export const kindOf = (group: FieldGroup): TypeKind => (group === 'link' ? 'link' : 'entity');

export function typeSpecOf(mapping: MappingDraft, group: FieldGroup): ColumnOrFixed | undefined {
  return group === 'link' ? mapping.link?.type : mapping[group]?.type;
}

export function typeColumnOf(mapping: MappingDraft, group: FieldGroup): TypeColumn | null {
  const spec = typeSpecOf(mapping, group);
  return spec && 'column' in spec ? spec : null;
}

/** The column's distinct words found by the preview; null when it has too many to list (PREVIEW_MAX_VALUES). */
export function columnWords(preview: ImportPreview, column: string): string[] | null {
  let at = preview.columns.indexOf(column);
  if (at < 0) at = preview.columns.findIndex((c) => wordKey(c) === wordKey(column));
  if (at < 0) return [];
  const words = preview.values[at] ?? [];
  // No words for a column whose first rows hold some: it has more than the preview lists.
  const filled = preview.rows.some((row) => (row[at] ?? '').trim() !== '');
  return words.length === 0 && filled ? null : words;
}

/** What a word nothing chose becomes: the mapping's fallback, else the generic link, else a reject. */
export function fallbackOf(spec: TypeColumn, kind: TypeKind): string {
  return spec.fallback ?? (kind === 'link' ? GENERIC_LINK_TYPE : '');
}

function exactFind(schema: Schema, kind: TypeKind): (word: string) => TypeChoice | undefined {
  const words = typeWords(schema);
  return kind === 'link' ? words.link : words.entity;
}

function chosenOf(spec: TypeColumn, word: string): string | undefined {
  const key = wordKey(word);
  for (const [w, type] of Object.entries(spec.values ?? {})) if (wordKey(w) === key) return type;
  return undefined;
}

/** What a word becomes when the mapping does not name it. */
function implicitType(spec: TypeColumn, word: string, schema: Schema, kind: TypeKind): string {
  return exactFind(schema, kind)(word)?.name ?? fallbackOf(spec, kind);
}

/**
 * Every word and what it becomes: the preview's words first (in their order), then words the
 * mapping names that the scanned rows did not hold (a template's), so none is hidden.
 */
export function valueRows(
  spec: TypeColumn,
  words: readonly string[],
  schema: Schema,
  kind: TypeKind,
): ValueRow[] {
  const seen = new Set(words.map(wordKey));
  const extra = Object.keys(spec.values ?? {}).filter((w) => !seen.has(wordKey(w)));
  const find = exactFind(schema, kind);
  return [...words, ...extra].map((word) => {
    const chosen = chosenOf(spec, word);
    if (chosen !== undefined) return { word, type: chosen, how: 'chosen' };
    const named = find(word);
    return named
      ? { word, type: named.name, how: 'name' }
      : { word, type: fallbackOf(spec, kind), how: 'other' };
  });
}

/** The spec with `word` made into `type`: an entry only where that differs from the default. */
export function setWordType(
  spec: TypeColumn,
  word: string,
  type: string,
  schema: Schema,
  kind: TypeKind,
): TypeColumn {
  const key = wordKey(word);
  const values = Object.fromEntries(Object.entries(spec.values ?? {}).filter(([w]) => wordKey(w) !== key));
  if (type !== implicitType(spec, word, schema, kind)) values[word] = type;
  const { values: _old, ...rest } = spec;
  return Object.keys(values).length > 0 ? { ...rest, values } : rest;
}

/**
 * The fallback changed: words the analyst had sent to the new fallback need no entry any more,
 * and words left on the old fallback follow the new one (they were "other values" too).
 */
export function setFallback(spec: TypeColumn, fallback: string, kind: TypeKind): TypeColumn {
  const { fallback: _old, values, ...rest } = spec;
  const out: TypeColumn = { ...rest };
  // Links fall back on the generic type by default: that needs no entry.
  if (fallback !== '' && !(kind === 'link' && fallback === GENERIC_LINK_TYPE)) out.fallback = fallback;
  const kept = Object.entries(values ?? {}).filter(([, type]) => type !== fallback);
  return kept.length > 0 ? { ...out, values: Object.fromEntries(kept) } : out;
}

/**
 * The choices a word of this group offers: entity types; link types allowed between the two
 * ends where both are fixed (a link-rows mapping's ends, a matrix's or edge list's one type),
 * else every link type; LINKED_TO always, first.
 */
export function typeChoices(mapping: MappingDraft, group: FieldGroup, index: SchemaIndex): TypeChoice[] {
  const { entityTypes, linkTypes } = index.schema;
  if (group !== 'link') return entityTypes;
  const [from, to] =
    mapping.shape === 'link-rows'
      ? [fixedType(mapping.source?.type), fixedType(mapping.target?.type)]
      : mapping.shape === 'matrix' || mapping.shape === 'edge-list'
        ? [mapping.entityType ?? null, mapping.entityType ?? null]
        : [null, null];
  const known = from && to && index.entityType(from) && index.entityType(to);
  const fits = linkTypes.filter(
    (t) => t.name !== GENERIC_LINK_TYPE && (!known || index.allowsLink(t, from, to)),
  );
  const generic = linkTypes.filter((t) => t.name === GENERIC_LINK_TYPE);
  return [...generic, ...fits];
}

/**
 * A type column just chosen: its words pre-filled with the types they most likely mean
 * ("Ownership" -> OWNS), where the import would not find that by name alone, among the
 * group's choices. The analyst sees and changes each before the import.
 */
export function prefillWords(
  spec: TypeColumn,
  words: readonly string[],
  choices: readonly TypeChoice[],
  schema: Schema,
  kind: TypeKind,
): TypeColumn {
  const find = exactFind(schema, kind);
  let out = spec;
  for (const word of words) {
    if (chosenOf(out, word) !== undefined || find(word)) continue;
    const guess = guessType(word, choices, find);
    if (guess) out = setWordType(out, word, guess.name, schema, kind);
  }
  return out;
}

/** Puts the spec back in the group's type. */
export function withTypeSpec(mapping: MappingDraft, group: FieldGroup, spec: ColumnOrFixed): MappingDraft {
  if (group === 'link') return { ...mapping, link: { fields: {}, ...mapping.link, type: spec } };
  const end = mapping[group];
  return end ? { ...mapping, [group]: { ...end, type: spec } } : mapping;
}

/** Pre-fills the group's type column if it names no words yet (just chosen, or suggested). */
export function prefillGroup(
  mapping: MappingDraft,
  group: FieldGroup,
  preview: ImportPreview,
  index: SchemaIndex,
): MappingDraft {
  const spec = typeColumnOf(mapping, group);
  const words = spec ? columnWords(preview, spec.column) : null;
  if (!spec || !words || spec.values) return mapping;
  const choices = typeChoices(mapping, group, index);
  return withTypeSpec(mapping, group, prefillWords(spec, words, choices, index.schema, kindOf(group)));
}

/** Every type column of a fresh mapping (the preview's suggestion) pre-filled. */
export function prefillMapping(
  mapping: MappingDraft,
  preview: ImportPreview,
  index: SchemaIndex,
): MappingDraft {
  let out = mapping;
  for (const group of ['entity', 'source', 'target', 'link'] as const)
    out = prefillGroup(out, group, preview, index);
  return out;
}
