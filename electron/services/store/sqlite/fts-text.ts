import type { Entity } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { nameFold, searchWords } from '../../../../graph-schema/names/fold';
import { queryTerms, type QueryForm } from '../../../../graph-schema/names/query';
import { indexNames } from '../../../../graph-schema/names/readings';

/** The folded label entities.label_key holds: an exact-name hit ranks first. */
export const labelKey = nameFold;

/**
 * The four indexed columns of entity_search, in order: the written label, aliases and
 * searchable properties as folded index words, then the readings of label and aliases
 * (romaji, pinyin, hangul romanization) that the written words do not already hold.
 */
export function searchColumns(entity: Entity, index: SchemaIndex): [string, string, string, string] {
  const props = index
    .searchableProps(entity.type)
    .map((name) => entity.props[name])
    .filter((v) => v !== undefined && v !== '')
    .map(String);
  const { words, readings } = indexNames([entity.label, ...entity.aliases]);
  return [
    (words[0] ?? []).join(' '),
    words.slice(1).flat().join(' '),
    props.flatMap(searchWords).join(' '),
    readings.join(' '),
  ];
}

const WRITTEN_COLUMNS = '{label aliases props}';

function phrase(words: readonly string[]): string {
  return `"${words.join(' ').replace(/"/g, '""')}"`;
}

/**
 * A form as FTS5 says it. One word matches in any column, readings included; a phrase (CJK
 * characters, "li.wei@exam") only in the written columns, as readings hold Latin words alone.
 */
function formMatch(form: QueryForm): string {
  const text = phrase(form.words);
  const match = form.prefix ? `${text}*` : text;
  return form.words.length > 1 ? `${WRITTEN_COLUMNS} : ${match}` : match;
}

/**
 * FTS5 expressions for user text that cannot be a syntax error: every word becomes quoted
 * phrases (quotes doubled), words are ANDed. `written` matches each word as typed, as a
 * prefix, in the written columns; the whole word is asked for beside the prefix so bm25
 * ranks "Li Na" above "Lindqvist" for "li". `any` also matches each word in the readings
 * and by its other spellings (query.ts). Undefined when nothing searchable is left.
 */
export function ftsQuery(text: string): { written: string; any: string } | undefined {
  const terms = queryTerms(text);
  if (terms.length === 0) return undefined;
  const written = terms.map((t) => `${WRITTEN_COLUMNS} : (${phrase(t.written)} OR ${phrase(t.written)}*)`);
  const any = terms.map((t) => {
    const asTyped = { words: t.written, prefix: true };
    const whole = t.written.length === 1 ? `${phrase(t.written)} OR ` : '';
    return `(${whole}${[asTyped, ...t.others].map(formMatch).join(' OR ')})`;
  });
  return { written: written.join(' AND '), any: any.join(' AND ') };
}
